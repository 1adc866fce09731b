#include "domain/ResumeRule.h"

#include "domain/DateRule.h"
#include "domain/Field.h"
#include "domain/RequiredRule.h"

#include <algorithm>
#include <numeric>

namespace dd::domain {

namespace {

QString rangeText(int first, int last)
{
    return first == last
               ? DateRule::monthText(first)
               : DateRule::monthText(first) + QLatin1Char('-') + DateRule::monthText(last);
}

} // namespace

QList<ResumeEntry> ResumeRule::sorted(const QList<ResumeEntry> &entries)
{
    QList<ResumeEntry> result = entries;
    std::stable_sort(result.begin(), result.end(), [](const ResumeEntry &a, const ResumeEntry &b) {
        const auto ma = DateRule::parseMonth(a.start);
        const auto mb = DateRule::parseMonth(b.start);
        if (ma && mb) {
            return *ma < *mb;
        }
        return ma.has_value() && !mb.has_value();
    });
    return result;
}

Findings ResumeRule::check(const QList<ResumeEntry> &entries, const ValidationContext &context)
{
    Findings findings;
    if (entries.isEmpty()) {
        findings.append(Finding::error(
            Field::Resume, QStringLiteral("resume.empty"),
            tr("%1 is required: list your studies and work without gaps, up to this month.")
                .arg(Field::label(Field::Resume))));
        return findings;
    }

    const int current = context.currentMonthIndex();
    struct Row
    {
        qsizetype index;
        int start;
        int end; // current month for an open row
        bool open;
    };
    QList<Row> rows;
    bool rowsValid = true;

    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ResumeEntry &entry = entries.at(i);
        // The row's key "resume[1]"; its fields' keys (Field::rowKey()) are made from it.
        const QString rowKey = Field::rowKey(Field::Resume, i, {});
        const QString startKey = rowKey + QLatin1Char('.') + Field::ResumeStart;
        const QString endKey = rowKey + QLatin1Char('.') + Field::ResumeEnd;
        Findings rowFindings = DateRule::checkMonth(startKey, entry.start, context);
        rowFindings += DateRule::checkMonth(endKey, entry.end, context, false);
        // RequiredRule::check(), with the key made only for a finding.
        if (QStringView(entry.organization).trimmed().isEmpty()) {
            rowFindings.append(
                RequiredRule::missing(rowKey + QLatin1Char('.') + Field::ResumeOrganization));
        }
        if (QStringView(entry.role).trimmed().isEmpty()) {
            rowFindings.append(
                RequiredRule::missing(rowKey + QLatin1Char('.') + Field::ResumeRole));
        }
        const auto start = DateRule::parseMonth(entry.start);
        const auto end =
            entry.isOngoing() ? std::optional<int>(current) : DateRule::parseMonth(entry.end);
        if (start && end && *end < *start) {
            rowFindings.append(Finding::error(
                endKey, QStringLiteral("resume.endBeforeStart"),
                tr("%1 (%2) is before the start month (%3). Swap them or correct one.")
                    .arg(Field::label(endKey), entry.end, entry.start)));
        }
        if (entry.isOngoing() && i + 1 < entries.size()) {
            rowFindings.append(Finding::error(endKey, QStringLiteral("resume.openNotLast"),
                                              tr("%1: only the last entry may run up to now "
                                                 "(至今). Enter the month this one ended.")
                                                  .arg(Field::label(endKey))));
        }
        if (hasErrors(rowFindings)) {
            rowsValid = false;
        }
        if (start && end && *end >= *start) {
            rows.append(Row{i, *start, *end, entry.isOngoing()});
        }
        findings += rowFindings;
    }

    // Order: each row should start no earlier than the one above it.
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows.at(i).index == rows.at(i - 1).index + 1
            && rows.at(i).start < rows.at(i - 1).start) {
            findings.append(Finding::error(
                Field::rowKey(Field::Resume, rows.at(i).index, Field::ResumeStart),
                QStringLiteral("resume.order"),
                tr("%1 starts before the entry above it. List the entries from the earliest to "
                   "the latest.")
                    .arg(Field::label(Field::rowKey(Field::Resume, rows.at(i).index, {})))));
        }
    }

    // Gaps and overlaps, on the rows in time order.
    QList<Row> ordered = rows;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Row &a, const Row &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const Row &previous = ordered.at(i - 1);
        const Row &next = ordered.at(i);
        // The key and the labels are made only for a finding.
        const auto key = [&] {
            return Field::rowKey(Field::Resume, next.index, Field::ResumeStart);
        };
        const auto rowLabel = [&] {
            return Field::label(Field::rowKey(Field::Resume, next.index, {}));
        };
        const auto previousLabel = [&] {
            return Field::label(Field::rowKey(Field::Resume, previous.index, {}));
        };
        if (next.start > previous.end + 1) {
            const QString months = rangeText(previous.end + 1, next.start - 1);
            findings.append(Finding::error(
                key(), QStringLiteral("resume.gap"),
                tr("%1: %n month(s) (%2) are missing between %3 and this entry. Add what you did "
                   "then, or correct the months.",
                   nullptr, next.start - previous.end - 1)
                    .arg(rowLabel(), months, previousLabel()),
                months));
        } else if (next.start < previous.end) {
            const int last = std::min(previous.end, next.end);
            const QString months = rangeText(next.start, last);
            findings.append(Finding::error(
                key(), QStringLiteral("resume.overlap"),
                tr("%1 overlaps %3 by %n month(s) (%2). One entry should end when the next begins.",
                   nullptr, last - next.start + 1)
                    .arg(rowLabel(), months, previousLabel()),
                months));
        }
    }

    // The last entry must reach the current month.
    if (rowsValid && !ordered.isEmpty()) {
        const Row &last = ordered.last();
        if (!last.open && last.end < current) {
            const QString key = Field::rowKey(Field::Resume, last.index, Field::ResumeEnd);
            findings.append(Finding::error(
                key, QStringLiteral("resume.stale"),
                tr("%1: the history ends in %2, but it must run up to this month (%3). Extend the "
                   "last entry to %3 or leave its end open (至今), or add what you have done "
                   "since.")
                    .arg(Field::label(key), DateRule::monthText(last.end),
                         DateRule::monthText(current)),
                DateRule::monthText(current)));
        }
    }
    return findings;
}

} // namespace dd::domain
