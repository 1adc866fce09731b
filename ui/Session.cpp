#include "Session.h"

#include "platform/Clock.h"
#include "store/Store.h"

namespace dd::ui {

Session::Session(store::Store &store, const platform::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{}

domain::ValidationContext Session::context() const
{
    return domain::ValidationContext::at(m_clock.today());
}

void Session::setApplicant(const QUuid &applicant)
{
    if (applicant == m_applicant) {
        return;
    }
    m_applicant = applicant;
    m_dossier.reset();
    m_progress.reset();
    emit applicantChanged(applicant);
}

const domain::Dossier &Session::dossier()
{
    if (!m_dossier) {
        m_dossier = domain::Dossier{};
        if (!m_applicant.isNull()) {
            auto loaded = m_store.dossier(m_applicant);
            if (loaded) {
                m_dossier = std::move(loaded).value();
            } else {
                reportError(loaded.error());
            }
        }
    }
    return *m_dossier;
}

const QList<domain::Progress::StepStatus> &Session::progress()
{
    if (!m_progress) {
        m_progress = domain::Progress::evaluate(dossier(), context());
    }
    return *m_progress;
}

void Session::notifyChanged(const QString &kind)
{
    m_dossier.reset();
    m_progress.reset();
    emit recordsChanged(kind);
}

void Session::notifyApplicantsChanged()
{
    emit applicantsChanged();
}

void Session::reportError(const store::StoreError &error)
{
    emit errorReported(error.message);
}

} // namespace dd::ui
