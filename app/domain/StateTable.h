#pragma once

#include "domain/Field.h"
#include "domain/Finding.h"
#include "domain/StateChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <optional>
#include <span>

namespace dd::domain {

// What a state machine answers for one state and one action: its public `Transition`
// (ApplicationStateMachine::Transition, ExamRegistrationStateMachine::Transition).
template<typename State>
struct StateTransition
{
    bool allowed = false;
    // Allowed: the state after the action. Refused: the state unchanged.
    State next = State{}; // the first state (Draft) until set
    // Allowed Delete: the caller removes the record (the state does not change).
    bool removesRecord = false;
    // Refused: why, naming the action and the state, and what to do instead (translated).
    QString reason;
};

// One cell of a state machine's table: what `action` does in the state `from`. `outcome` is
// the machine's own enum: whether the action is allowed and, if not, which kind of reason the
// machine gives.
template<typename State, typename Action, typename Outcome>
struct StateCell
{
    State from;
    Action action;
    Outcome outcome;
    State next = State{}; // read only when the outcome allows
};

// The machinery shared by the state machines (ApplicationStateMachine,
// ExamRegistrationStateMachine): each machine describes its states, its actions and its
// state × action table in `Rules`, and keeps only what is its own (the reasons of refusals,
// the groupings of states, special rules such as the defence retry); everything read from the
// tables alone is here. `Rules` gives:
//
//   static constexpr const char *Context;          // the machine's tr() context
//   static constexpr int StateCount, ActionCount;  // from the last enumerators
//   static constexpr std::span<const StateInfo> States;   // a row per state, in order
//   static constexpr std::span<const ActionInfo> Actions; // a row per action, in order
//   static constexpr std::span<const StateCell<State, Action, Outcome>> Cells; // state-major
//   static constexpr bool isAllowing(Outcome);     // which outcomes the table allows
//
// State and Action are enum classes (Action has Delete), Outcome an enum class with
// AllowDelete. A StateInfo row has .state, .code, .label and .final, an ActionInfo row
// .action, .code and .label, besides what the machine adds; codes are Latin-1, labels
// QT_TRANSLATE_NOOP source text in the machine's context.
template<typename Rules>
class StateTable
{
public:
    using StateInfo = typename decltype(Rules::States)::value_type;
    using ActionInfo = typename decltype(Rules::Actions)::value_type;
    using Cell = typename decltype(Rules::Cells)::value_type;
    using State = decltype(StateInfo::state);
    using Action = decltype(ActionInfo::action);
    using Outcome = decltype(Cell::outcome);
    using Transition = StateTransition<State>;

    // The tables are complete and in declaration order, so that a state and an action index
    // them; Delete is the only action that removes a record, and it always does when allowed;
    // a final state allows nothing. Each machine static_asserts it.
    static constexpr bool isConsistent()
    {
        if (Rules::States.size() != static_cast<std::size_t>(Rules::StateCount)
            || Rules::Actions.size() != static_cast<std::size_t>(Rules::ActionCount)
            || Rules::Cells.size() != Rules::States.size() * Rules::Actions.size()) {
            return false;
        }
        for (std::size_t i = 0; i < Rules::States.size(); ++i) {
            if (index(Rules::States[i].state) != i) {
                return false;
            }
        }
        for (std::size_t i = 0; i < Rules::Actions.size(); ++i) {
            if (index(Rules::Actions[i].action) != i) {
                return false;
            }
        }
        const std::size_t actionCount = Rules::Actions.size();
        for (std::size_t i = 0; i < Rules::Cells.size(); ++i) {
            const Cell &c = Rules::Cells[i];
            if (index(c.from) != i / actionCount || index(c.action) != i % actionCount) {
                return false;
            }
            if ((c.outcome == Outcome::AllowDelete)
                != (c.action == Action::Delete && Rules::isAllowing(c.outcome))) {
                return false;
            }
            if (Rules::States[i / actionCount].final && Rules::isAllowing(c.outcome)) {
                return false;
            }
        }
        return true;
    }

    // The rows and the cell of a state and an action.
    static const StateInfo &info(State state) { return Rules::States[index(state)]; }
    static const ActionInfo &info(Action action) { return Rules::Actions[index(action)]; }
    static const Cell &cell(State state, Action action)
    {
        return Rules::Cells[index(state) * Rules::Actions.size() + index(action)];
    }

    // Every state and every action, in declaration order.
    static QList<State> allStates()
    {
        QList<State> states;
        for (const StateInfo &s : Rules::States) {
            states.append(s.state);
        }
        return states;
    }
    static QList<Action> allActions()
    {
        QList<Action> actions;
        for (const ActionInfo &a : Rules::Actions) {
            actions.append(a.action);
        }
        return actions;
    }

    // Whether the table allows the action in the state.
    static bool isAllowed(State state, Action action)
    {
        return Rules::isAllowing(cell(state, action).outcome);
    }
    // The actions isAllowed() in the state, in declaration order.
    static QList<Action> allowedActions(State state)
    {
        QList<Action> actions;
        for (const ActionInfo &a : Rules::Actions) {
            if (isAllowed(state, a.action)) {
                actions.append(a.action);
            }
        }
        return actions;
    }

    // The answer for an action the machine allows in the state: the cell's `next` state, or
    // for AllowDelete the state as it was, the record being removed.
    static Transition allow(State state, Action action)
    {
        const Cell &c = cell(state, action);
        Transition t;
        t.allowed = true;
        t.removesRecord = c.outcome == Outcome::AllowDelete;
        t.next = t.removesRecord ? state : c.next;
        return t;
    }
    // The answer for an action the machine refuses: the state unchanged, and the reason.
    static Transition refuse(State state, const QString &reason)
    {
        Transition t;
        t.next = state;
        t.reason = reason;
        return t;
    }
    // The states in which the table allows the action, their labels each put through `quote`
    // and joined by the locale ("“Submitted” and “Returned for correction”").
    static QString statesAllowing(Action action, QString (*quote)(const QString &))
    {
        QStringList fitting;
        for (const StateInfo &s : Rules::States) {
            if (isAllowed(s.state, action)) {
                fitting.append(quote(stateLabel(s.state)));
            }
        }
        return QLocale().createSeparatedList(fitting);
    }

    // Carries out `t`, the machine's check() of an action in `state`: an allowed transition
    // moves `state` and gives no findings; a refused one leaves it and gives one error on
    // Field::State with `rule`, the reason as message and the state's code as detail.
    static Findings apply(State &state, const Transition &t, const QString &rule)
    {
        if (!t.allowed) {
            return {Finding::error(Field::State, rule, t.reason, stateCode(state))};
        }
        state = t.next;
        return {};
    }
    // The same, appending to `timeline` a StateChange for `action` (at `at`, converted to
    // UTC, with `note`) when the state changes.
    static Findings apply(State &state, QList<StateChange> &timeline, Action action,
                          const Transition &t, const QString &rule, const QDateTime &at,
                          const QString &note)
    {
        const State before = state;
        Findings findings = apply(state, t, rule);
        if (findings.isEmpty() && state != before) {
            timeline.append(StateChange{stateCode(before), stateCode(state), actionCode(action),
                                        at.toUTC(), note});
        }
        return findings;
    }

    // The stable codes, and back; an unknown code gives std::nullopt.
    static QString stateCode(State state) { return QString::fromLatin1(info(state).code); }
    static std::optional<State> stateFromCode(QStringView code)
    {
        for (const StateInfo &s : Rules::States) {
            if (code == QLatin1String(s.code)) {
                return s.state;
            }
        }
        return std::nullopt;
    }
    static QString actionCode(Action action) { return QString::fromLatin1(info(action).code); }
    static std::optional<Action> actionFromCode(QStringView code)
    {
        for (const ActionInfo &a : Rules::Actions) {
            if (code == QLatin1String(a.code)) {
                return a.action;
            }
        }
        return std::nullopt;
    }

    // The labels, translated in the machine's context (what its tr() does).
    static QString stateLabel(State state)
    {
        return QCoreApplication::translate(Rules::Context, info(state).label);
    }
    static QString actionLabel(Action action)
    {
        return QCoreApplication::translate(Rules::Context, info(action).label);
    }

private:
    template<typename Enum>
    static constexpr std::size_t index(Enum value)
    {
        return static_cast<std::size_t>(value);
    }
};

} // namespace dd::domain
