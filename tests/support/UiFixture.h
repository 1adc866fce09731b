#pragma once

#include "Session.h"
#include "store/Database.h"
#include "store/Store.h"
#include "support/ManualClock.h"

#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// A database in a temporary folder with one applicant, a store and a session on it, on a
// clock that stands at 29 November 2026: what a GUI test of a page needs. reopen() closes
// and opens the file again, as a restarted program would.
class UiFixture
{
public:
    UiFixture()
        : m_database(std::make_unique<store::Database>(m_clock))
    {
        open();
        const auto created = m_store->createApplicant(QStringLiteral("王磊"));
        m_applicant = created ? created->uuid : QUuid();
        m_session->setApplicant(m_applicant);
    }

    bool ok() const { return m_opened && !m_applicant.isNull(); }
    ManualClock &clock() { return m_clock; }
    store::Database &database() { return *m_database; }
    store::Store &store() { return *m_store; }
    ui::Session *session() { return m_session.get(); }
    QUuid applicant() const { return m_applicant; }
    QString path() const { return m_dir.filePath(QStringLiteral("ui.sqlite")); }

    // Closes everything and opens the same file again: a new store and session (pages made
    // on the old session must be deleted first).
    void reopen()
    {
        m_session.reset();
        m_store.reset();
        m_database->close();
        open();
        m_session->setApplicant(m_applicant);
    }

private:
    void open()
    {
        m_opened = m_database->open(path()).ok();
        m_store = std::make_unique<store::Store>(*m_database);
        m_session = std::make_unique<ui::Session>(*m_store, m_clock);
    }

    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<ui::Session> m_session;
    QUuid m_applicant;
    bool m_opened = false;
};

} // namespace dd::test
