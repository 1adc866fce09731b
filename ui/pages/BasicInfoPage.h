#pragma once

#include "pages/Page.h"

#include <QSet>

#include <memory>

namespace Ui {
class BasicInfoPage;
}

namespace dd::ui {

// 填写基本信息: the basic information field by field in the portal's order, checked by
// BasicInfoValidator, with 姓名拼音 suggested from 姓名 (domain::Pinyin), 出生日期 and 性别
// offered from the ID number (domain::IdNumberFacts), and the personal history (个人经历)
// edited in a table that is part of the same record, so one undo stack covers both.
class BasicInfoPage : public Page
{
    Q_OBJECT

public:
    explicit BasicInfoPage(Session *session, QWidget *parent = nullptr);
    ~BasicInfoPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;
    bool focusField(const QString &key) override;
    void commitPending() override;

private:
    void onNameLeft();
    void onDocumentLeft();
    void onFindingsChanged(const domain::Findings &findings);
    void onEdited(const QString &key);
    void useIdValue(const QString &key);
    void showResume();
    void rememberSuggestion();
    void updatePinyinHint();

    std::unique_ptr<Ui::BasicInfoPage> m_ui;
    RecordForm *m_form;
    // Every 姓名拼音 suggested for a name this record has had: a 姓名拼音 still equal to one of
    // them was not typed by the user and may follow a new name.
    QSet<QString> m_suggestions;
    // What the ID number says where it contradicts 出生日期 / 性别 (empty when it does not).
    QString m_idBirthDate;
    QString m_idGender;
};

} // namespace dd::ui
