#include "widgets/ApplicantSelector.h"

#include "Session.h"
#include "store/Store.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace dd::ui {

namespace {
constexpr int MaxListed = 5000;
}

ApplicantSelector::ApplicantSelector(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QComboBox(this))
    , m_add(new QToolButton(this))
    , m_rename(new QToolButton(this))
    , m_delete(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_list->setObjectName(QStringLiteral("applicantList"));
    m_list->setAccessibleName(tr("Applicant"));
    m_list->setEditable(true);
    m_list->setInsertPolicy(QComboBox::NoInsert);
    m_list->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_list->completer()->setFilterMode(Qt::MatchContains);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_list->setMinimumContentsLength(10);
    layout->addWidget(m_list, 1);

    const struct
    {
        QToolButton *button;
        QString name;
        QString text;
        QString tip;
    } buttons[] = {
        {m_add, QStringLiteral("addApplicant"), QStringLiteral("+"), tr("Add an applicant")},
        {m_rename, QStringLiteral("renameApplicant"), QStringLiteral("✎"),
         tr("Rename this applicant")},
        {m_delete, QStringLiteral("deleteApplicant"), QStringLiteral("−"),
         tr("Delete this applicant")},
    };
    for (const auto &b : buttons) {
        b.button->setObjectName(b.name);
        b.button->setText(b.text);
        b.button->setToolTip(b.tip);
        b.button->setAccessibleName(b.tip);
        b.button->setAutoRaise(true);
        layout->addWidget(b.button);
    }
    connect(m_add, &QToolButton::clicked, this, &ApplicantSelector::askCreate);
    connect(m_rename, &QToolButton::clicked, this, &ApplicantSelector::askRename);
    connect(m_delete, &QToolButton::clicked, this, &ApplicantSelector::askDelete);
    connect(m_list, &QComboBox::activated, this, &ApplicantSelector::onActivated);
    connect(m_session, &Session::applicantsChanged, this, &ApplicantSelector::refresh);
    connect(m_session, &Session::applicantChanged, this, &ApplicantSelector::refresh);
    connect(m_session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("registration") || kind == QLatin1String("basicInfo")) {
            refresh(); // the name shown may have changed
        }
    });
    refresh();
}

int ApplicantSelector::count() const
{
    return m_list->count();
}

void ApplicantSelector::refresh()
{
    store::RosterQuery query;
    query.limit = MaxListed;
    const auto page = m_session->store().roster(query);
    if (!page) {
        m_session->reportError(page.error());
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const store::RosterEntry &entry : page->entries) {
        QString text = entry.name.isEmpty() ? entry.label : entry.name;
        if (!entry.name.isEmpty() && entry.label != entry.name) {
            text += QStringLiteral(" (") + entry.label + QLatin1Char(')');
        }
        m_list->addItem(text, entry.uuid);
    }
    m_list->setCurrentIndex(m_list->findData(m_session->applicant()));
    const bool any = m_list->currentIndex() >= 0;
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

void ApplicantSelector::onActivated(int index)
{
    const QUuid uuid = m_list->itemData(index).toUuid();
    if (!uuid.isNull()) {
        m_session->setApplicant(uuid);
    }
}

bool ApplicantSelector::createApplicant(const QString &label)
{
    const auto created = m_session->store().createApplicant(label);
    if (!created) {
        m_session->reportError(created.error());
        return false;
    }
    m_session->notifyApplicantsChanged();
    m_session->setApplicant(created->uuid);
    return true;
}

bool ApplicantSelector::renameCurrent(const QString &label)
{
    const auto renamed = m_session->store().renameApplicant(m_session->applicant(), label);
    if (!renamed) {
        m_session->reportError(renamed.error());
        return false;
    }
    m_session->notifyApplicantsChanged();
    return true;
}

bool ApplicantSelector::deleteCurrent()
{
    const QUuid current = m_session->applicant();
    const auto deleted = m_session->store().deleteApplicant(current);
    if (!deleted) {
        m_session->reportError(deleted.error());
        return false;
    }
    store::RosterQuery query;
    query.limit = 1;
    const auto next = m_session->store().roster(query);
    m_session->setApplicant(next && !next->entries.isEmpty() ? next->entries.first().uuid
                                                             : QUuid());
    m_session->notifyApplicantsChanged();
    return true;
}

void ApplicantSelector::askCreate()
{
    bool ok = false;
    const QString label =
        QInputDialog::getText(this, tr("Add an applicant"), tr("Name of the new applicant:"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok) {
        createApplicant(label);
    }
}

void ApplicantSelector::askRename()
{
    bool ok = false;
    const auto applicant = m_session->store().applicant(m_session->applicant());
    const QString label =
        QInputDialog::getText(this, tr("Rename the applicant"), tr("New name:"), QLineEdit::Normal,
                              applicant ? applicant->label : QString(), &ok);
    if (ok) {
        renameCurrent(label);
    }
}

void ApplicantSelector::askDelete()
{
    const QString name = m_list->currentText();
    QMessageBox box(QMessageBox::Warning, tr("Delete the applicant"),
                    //: %1 is the applicant's name
                    tr("Delete %1 and everything prepared for them?").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("Their registration, basic information, photo, applications and scores are removed "
           "from this computer (a backup keeps the last days)."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == remove) {
        deleteCurrent();
    }
}

} // namespace dd::ui
