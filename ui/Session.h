#pragma once

#include "domain/Dossier.h"
#include "domain/Progress.h"
#include "domain/ValidationContext.h"
#include "store/StoreError.h"

#include <QObject>
#include <QUuid>

#include <optional>

namespace dd::platform {
class Clock;
}
namespace dd::store {
class Store;
}

namespace dd::ui {

// What every page shares: the store, the clock, and the applicant being worked on. Pages
// read and write through the store and tell the session what they changed, so that the menu's
// step icons, the dashboard and the other pages follow.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(store::Store &store, const platform::Clock &clock, QObject *parent = nullptr);

    store::Store &store() { return m_store; }
    const platform::Clock &clock() const { return m_clock; }
    domain::ValidationContext context() const;

    QUuid applicant() const { return m_applicant; }
    void setApplicant(const QUuid &applicant);

    // The current applicant's records (cached until a change is reported).
    const domain::Dossier &dossier();
    const QList<domain::Progress::StepStatus> &progress();

    // A page saved or removed a record of `kind` (a Progress step's key or a record kind).
    void notifyChanged(const QString &kind);
    // The applicants of the database were created, renamed or deleted.
    void notifyApplicantsChanged();
    // A store call failed: the window shows the message.
    void reportError(const store::StoreError &error);

signals:
    void applicantChanged(const QUuid &applicant);
    void recordsChanged(const QString &kind);
    void applicantsChanged();
    void errorReported(const QString &message);

private:
    store::Store &m_store;
    const platform::Clock &m_clock;
    QUuid m_applicant;
    std::optional<domain::Dossier> m_dossier;
    std::optional<QList<domain::Progress::StepStatus>> m_progress;
};

} // namespace dd::ui
