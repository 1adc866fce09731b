#pragma once

#include "domain/ApplicationStateMachine.h"
#include "domain/DegreeApplication.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace dd::ui {

class Session;

// What the buttons of 提交学位申请 do to the applicant's records, through ApplicationStateMachine:
// 新增申请 adds a draft of this year, 删除 removes one, and the actions that change the state move
// it and record the change in the application's timeline (at the session clock's time). Nothing
// is saved when the machine refuses; every save tells the session.
class ApplicationActions
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationActions)

public:
    // Done; or refused, with the state machine's reason; or failed in the store (the session
    // has shown the error, `refusal` is empty).
    struct Outcome
    {
        bool done = false;
        QString refusal;
    };

    explicit ApplicationActions(Session *session);

    // 新增申请 beside the `existing` applications; the new record's UUID in *created.
    Outcome create(const QList<domain::ApplicationState> &existing, QUuid *created);
    // 删除 of the record `uuid`, which holds `application`.
    Outcome remove(const QUuid &uuid, const domain::DegreeApplication &application);
    // Another action (修改, 提交申请, 取消申请 ...) on the record `uuid`: `application` gets its
    // new state and timeline entry, and is saved.
    Outcome apply(const QUuid &uuid, domain::DegreeApplication &application,
                  domain::ApplicationAction action);

private:
    Session *m_session;
};

} // namespace dd::ui
