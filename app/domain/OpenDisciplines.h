#pragma once

#include <QString>
#include <QStringList>

namespace dd::domain {

// What the dependent lists of 提交学位申请 offer (申请学位类型 → 学科门类 → 学科名称): the
// 学科名称 that DegreeApplicationValidator accepts for a degree type and a 学科门类 (of that
// 门类, of that type, open to 同等学力 applicants), and the 学科门类 that have at least one. The
// answer is asked of the validator itself, so that the lists and the checks never disagree.
class OpenDisciplines
{
public:
    // The codes of the disciplines catalog under `category` that the validator accepts with
    // `degreeType`, in catalog order. With no degree type chosen yet: every discipline of the
    // 门类 open to 同等学力, of either type.
    static QStringList disciplines(const QString &degreeType, const QString &category);
    // The codes of the discipline_categories catalog that have at least one of those
    // disciplines for `degreeType`, in catalog order.
    static QStringList categories(const QString &degreeType);
    // Whether the validator accepts `discipline` in `category` with `degreeType`.
    static bool isOffered(const QString &degreeType, const QString &category,
                          const QString &discipline);
};

} // namespace dd::domain
