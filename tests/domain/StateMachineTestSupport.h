#pragma once

#include "domain/Field.h"
#include "domain/Finding.h"
#include "domain/StateChange.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimeZone>

#include <optional>
#include <span>
#include <utility>

namespace dd::test {

// The checks that TestApplicationStateMachine and TestExamRegistrationStateMachine run alike.
// Each test keeps its own expected tables (the rules and the codes written out a second time,
// independently of the machine's table) and hands them to a StateMachineTestSupport, whose
// checks compare the machine with them. A check that fails returns early, like QCOMPARE: call
// one as the last statement of a test function.
template<typename Machine>
class StateMachineTestSupport
{
public:
    using State = decltype(Machine::initialState());
    using Action = typename decltype(Machine::allActions())::value_type;

    // An allowed (state, action) and the state it leads to. Every pair not listed is refused.
    struct Move
    {
        State from;
        Action action;
        State next;
        bool removesRecord = false;
    };
    using StateCode = std::pair<State, const char *>;
    using ActionCode = std::pair<Action, const char *>;

    // The tables, every state and every action in declaration order.
    StateMachineTestSupport(std::span<const Move> allowedMoves,
                            std::span<const StateCode> stateCodes,
                            std::span<const ActionCode> actionCodes)
        : m_moves(allowedMoves)
        , m_states(stateCodes)
        , m_actions(actionCodes)
    {}

    std::optional<Move> expectedMove(State state, Action action) const
    {
        for (const Move &m : m_moves) {
            if (m.from == state && m.action == action) {
                return m;
            }
        }
        return std::nullopt;
    }

    // "draft/submit": the row name of a state and an action.
    static QString rowName(State state, Action action)
    {
        return Machine::stateCode(state) + QLatin1Char('/') + Machine::actionCode(action);
    }

    // allStates() and allActions() are the expected ones, in the same order.
    void enumerationsAreComplete() const
    {
        QCOMPARE(Machine::allStates().size(), qsizetype(m_states.size()));
        QCOMPARE(Machine::allActions().size(), qsizetype(m_actions.size()));
        for (qsizetype i = 0; i < Machine::allStates().size(); ++i) {
            QCOMPARE(Machine::allStates().at(i), m_states[i].first);
        }
        for (qsizetype i = 0; i < Machine::allActions().size(); ++i) {
            QCOMPARE(Machine::allActions().at(i), m_actions[i].first);
        }
    }

    // A row for every state × action: allowed or not, the state after, removes the record.
    void transitions_data() const
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<State>("next");
        QTest::addColumn<bool>("removesRecord");

        for (const auto &[state, stateCode] : m_states) {
            for (const auto &[action, actionCode] : m_actions) {
                const std::optional<Move> move = expectedMove(state, action);
                QTest::newRow(qPrintable(rowName(state, action)))
                    << state << action << move.has_value() << (move ? move->next : state)
                    << (move && move->removesRecord);
            }
        }
    }

    // isAllowed(), check() and apply() agree with the row; a refusal names the action and the
    // state, and apply() reports it as one error on Field::State.
    void transitions() const
    {
        QFETCH(State, state);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QFETCH(State, next);
        QFETCH(bool, removesRecord);

        QCOMPARE(Machine::isAllowed(state, action), allowed);

        const typename Machine::Transition t = Machine::check(state, action);
        QCOMPARE(t.allowed, allowed);
        QCOMPARE(t.next, next);
        QCOMPARE(t.removesRecord, removesRecord);
        QCOMPARE(t.reason.isEmpty(), allowed);
        if (!allowed) {
            QVERIFY2(t.reason.contains(Machine::actionLabel(action)), qPrintable(t.reason));
            QVERIFY2(t.reason.contains(Machine::stateLabel(state)), qPrintable(t.reason));
        }

        State current = state;
        const domain::Findings findings = Machine::apply(current, action);
        QCOMPARE(current, next);
        if (allowed) {
            QVERIFY(findings.isEmpty());
        } else {
            QCOMPARE(findings.size(), 1);
            const domain::Finding &f = findings.first();
            QCOMPARE(f.field, domain::Field::State);
            QCOMPARE(f.rule, QStringLiteral("state.actionNotAllowed"));
            QCOMPARE(f.severity, domain::Severity::Error);
            QCOMPARE(f.message, t.reason);
            QCOMPARE(f.detail, Machine::stateCode(state));
        }
    }

    // A row per state.
    void allowedActionsMatchIsAllowed_data() const
    {
        QTest::addColumn<State>("state");
        for (const auto &[state, code] : m_states) {
            QTest::newRow(code) << state;
        }
    }

    // allowedActions() lists what isAllowed() and the expected moves allow; only a final state
    // allows nothing.
    void allowedActionsMatchIsAllowed() const
    {
        QFETCH(State, state);
        QList<Action> fromIsAllowed;
        QList<Action> fromRules;
        for (const auto &[action, code] : m_actions) {
            if (Machine::isAllowed(state, action)) {
                fromIsAllowed.append(action);
            }
            if (expectedMove(state, action)) {
                fromRules.append(action);
            }
        }
        QCOMPARE(Machine::allowedActions(state), fromIsAllowed);
        QCOMPARE(Machine::allowedActions(state), fromRules);
        QCOMPARE(Machine::allowedActions(state).isEmpty(), Machine::isFinal(state));
    }

    // Columns "state", "action" and "fragments" (QStringList): the action is refused in the
    // state, and the reason contains every fragment.
    static void refusalsSayWhatToDo()
    {
        QFETCH(State, state);
        QFETCH(Action, action);
        QFETCH(QStringList, fragments);
        const typename Machine::Transition t = Machine::check(state, action);
        QVERIFY(!t.allowed);
        for (const QString &fragment : fragments) {
            QVERIFY2(t.reason.contains(fragment),
                     qPrintable(t.reason + QStringLiteral(" | lacks: ") + fragment));
        }
    }

    // A row per state and its code; each converts to the other.
    void stateCodes_data() const
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("code");
        for (const auto &[state, code] : m_states) {
            QTest::newRow(code) << state << QString::fromLatin1(code);
        }
    }
    static void stateCodes()
    {
        QFETCH(State, state);
        QFETCH(QString, code);
        QCOMPARE(Machine::stateCode(state), code);
        QCOMPARE(Machine::stateFromCode(code), std::optional<State>(state));
    }

    // A row per action and its code; each converts to the other.
    void actionCodes_data() const
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("code");
        for (const auto &[action, code] : m_actions) {
            QTest::newRow(code) << action << QString::fromLatin1(code);
        }
    }
    static void actionCodes()
    {
        QFETCH(Action, action);
        QFETCH(QString, code);
        QCOMPARE(Machine::actionCode(action), code);
        QCOMPARE(Machine::actionFromCode(code), std::optional<Action>(action));
    }

    // Column "code": neither a state's nor an action's code.
    static void unknownCodes()
    {
        QFETCH(QString, code);
        QVERIFY(!Machine::stateFromCode(code).has_value());
        QVERIFY(!Machine::actionFromCode(code).has_value());
    }

    // Every state and every action has a label, and no two states (or actions) share one.
    void labelsExistAndDiffer() const
    {
        QSet<QString> stateLabels;
        for (const auto &[state, code] : m_states) {
            const QString label = Machine::stateLabel(state);
            QVERIFY2(!label.trimmed().isEmpty(), code);
            QVERIFY2(!stateLabels.contains(label), qPrintable(label));
            stateLabels.insert(label);
        }
        QSet<QString> actionLabels;
        for (const auto &[action, code] : m_actions) {
            const QString label = Machine::actionLabel(action);
            QVERIFY2(!label.trimmed().isEmpty(), code);
            QVERIFY2(!actionLabels.contains(label), qPrintable(label));
            actionLabels.insert(label);
        }
    }

private:
    std::span<const Move> m_moves;
    std::span<const StateCode> m_states;
    std::span<const ActionCode> m_actions;
};

// Lists of states in reasons are joined by the locale ("A and B"): the tests expect English.
inline void useEnglishLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// A moment in UTC.
inline QDateTime utc(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

// A timeline as "from -action-> to" lines.
inline QStringList timelinePath(const QList<domain::StateChange> &timeline)
{
    QStringList path;
    for (const domain::StateChange &c : timeline) {
        path.append(c.from + QStringLiteral(" -") + c.action + QStringLiteral("-> ") + c.to);
    }
    return path;
}

} // namespace dd::test
