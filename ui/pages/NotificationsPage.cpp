#include "pages/NotificationsPage.h"
#include "ui_NotificationsPage.h"

#include "DesktopNotifier.h"
#include "ReminderScheduler.h"
#include "domain/Deadlines.h"
#include "domain/Field.h"
#include "domain/IcsCalendar.h"
#include "domain/NotificationPrefs.h"
#include "domain/ResidencyCertificateValidator.h"
#include "models/DeadlineModel.h"
#include "models/MenuModel.h"
#include "platform/Clock.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>

namespace dd::ui {

using domain::Field;

NotificationsPage::NotificationsPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::NotificationsPage>())
    , m_model(new DeadlineModel(this))
    , m_scheduler(new ReminderScheduler(session, this))
    , m_notifier(new DesktopNotifier(this, this))
{
    m_ui->setupUi(this);
    for (QCheckBox *box :
         {m_ui->remindDeadlines, m_ui->remindExam, m_ui->remindScores, m_ui->icsExport}) {
        box->setText(Field::label(box->objectName()));
    }
    m_ui->remindDaysBefore->setRange(0, domain::ResidencyCertificateValidator::MaxRemindDaysBefore);
    //: After the number of days in a spin box
    m_ui->remindDaysBefore->setSuffix(tr(" days"));
    m_ui->deliveryLabel->setText(
        DesktopNotifier::usesTray()
            ? tr("While DegreeDesk is open, each reminder shows once a day as a desktop "
                 "notification, from the chosen number of days before its date to the date.")
            : tr("This desktop has no notification area, so while DegreeDesk is open each "
                 "reminder shows once a day in the message bar at the top of the window, from "
                 "the chosen number of days before its date to the date."));

    QTableView *table = m_ui->deadlineTable;
    table->setModel(m_model);
    table->setAccessibleName(m_ui->upcomingLabel->text());
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(DeadlineModel::TitleColumn,
                                                    QHeaderView::Stretch);
    m_ui->upcomingLabel->setBuddy(table);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotificationsPage::showNote);

    m_form = new RecordForm(this, undoStack(), this);
    m_form->bindChildren();
    connectSingleRecord<domain::NotificationPrefs>(
        m_form, [](const domain::NotificationPrefs &prefs, const domain::ValidationContext &) {
            return domain::ResidencyCertificateValidator::validate(prefs);
        });
    connect(session, &Session::recordsChanged, this, &NotificationsPage::refreshDates);

    m_chooseFile = [this](const QString &suggestedName) {
        return QFileDialog::getSaveFileName(this, tr("Export to a calendar file"),
                                            QDir::home().filePath(suggestedName),
                                            tr("Calendar files (*.ics)"));
    };
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        QString path = m_chooseFile(QStringLiteral("degreedesk.ics"));
        if (path.isEmpty()) {
            return;
        }
        if (QFileInfo(path).suffix().isEmpty()) {
            path += QStringLiteral(".ics");
        }
        exportCalendar(path);
    });

    m_scheduler->setSink(
        [this](const QString &title, const QString &text) { m_notifier->notify(title, text); });
    connect(m_notifier, &DesktopNotifier::activated, this, [this] {
        window()->showNormal();
        window()->raise();
        window()->activateWindow();
        emit navigationRequested(pageId());
    });
    m_scheduler->start();
}

NotificationsPage::~NotificationsPage() = default;

QString NotificationsPage::pageId() const
{
    return MenuModel::NotificationsPage;
}

QString NotificationsPage::title() const
{
    return tr("Reminders");
}

void NotificationsPage::reload()
{
    loadSingleRecord<domain::NotificationPrefs>(m_form);
    refreshDates();
}

void NotificationsPage::refreshDates()
{
    const QString selected =
        m_ui->deadlineTable->currentIndex().data(DeadlineModel::IdRole).toString();
    const domain::NotificationPrefs prefs = m_scheduler->prefs();
    m_model->setDeadlines(m_scheduler->upcoming(), prefs);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->deadlines().at(row).id == selected) {
            m_ui->deadlineTable->setCurrentIndex(m_model->index(row, 0));
        }
    }
    m_ui->exportButton->setEnabled(prefs.icsExport);
    showNote();
}

void NotificationsPage::showNote()
{
    const QModelIndex current = m_ui->deadlineTable->currentIndex();
    if (!current.isValid()) {
        m_ui->noteLabel->setText(m_model->rowCount() > 0
                                     ? tr("Choose a date to see where it comes from.")
                                     : tr("No dates ahead: nothing is left to remind of."));
        return;
    }
    const domain::Deadline &deadline = m_model->deadlines().at(current.row());
    QString note = deadline.note;
    if (deadline.kind == domain::Deadline::Kind::ActivationExpiry
        || deadline.kind == domain::Deadline::Kind::AccountDeletion) {
        //: %1 is a date
        note += u' '
                + tr("DegreeDesk counts from the day the registration form was last saved "
                     "here, %1.")
                      .arg(m_scheduler->portalRegisteredOn().toString(Qt::ISODate));
    }
    m_ui->noteLabel->setText(note);
}

bool NotificationsPage::exportCalendar(const QString &path)
{
    m_form->commitPending();
    const domain::NotificationPrefs prefs = m_scheduler->prefs();
    const QList<domain::Deadline> dates = domain::Deadlines::wanted(m_scheduler->upcoming(), prefs);
    if (dates.isEmpty()) {
        m_ui->exportStatus->setText(tr("No dates to export: switch a reminder on."));
        return false;
    }
    const QString applicant = session()->applicant().toString(QUuid::WithoutBraces);
    const auto person = session()->store().applicant(session()->applicant());
    const QString version = QCoreApplication::applicationVersion();
    domain::IcsCalendar calendar(
        QStringLiteral("-//DegreeDesk//DegreeDesk %1//EN").arg(version).simplified(),
        //: The calendar's name: %1 is the applicant
        tr("DegreeDesk: %1").arg(person ? person->label : QString()));
    for (const domain::Deadline &d : dates) {
        calendar.addEvent(
            {d.id + u'-' + applicant + QStringLiteral("@degreedesk"), d.start, d.end, d.title,
             d.note + u'\n' + tr("How sure: %1").arg(DeadlineModel::confidenceText(d.confidence)),
             // The alarm no earlier than the reminders (Deadline::remindFrom).
             int(d.remindFrom(prefs.remindDaysBefore).daysTo(d.start))});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(calendar.toString(session()->clock().now()).toUtf8()) < 0 || !file.commit()) {
        //: %1 is a file name, %2 the system's reason
        m_ui->exportStatus->setText(
            tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    //: %1 is a file name
    m_ui->exportStatus->setText(
        tr("%n date(s) saved to %1.", nullptr, int(dates.size())).arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace dd::ui
