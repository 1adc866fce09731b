#pragma once

#include "domain/Progress.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHash>
#include <QPalette>

#include <optional>

namespace dd::ui {

// The portal's left-side menu, in its order: 学位申请 with its eight items, 全国统考, 成绩查询,
// 短信定制, 账户管理 (注册信息 and the account), 我的主页. An item that is a step of Progress
// shows the step's state as an icon and in its tooltip and accessible text.
class MenuModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        PageIdRole = Qt::UserRole + 1, // the page the item opens ("basicInfo")
        StateRole,                     // Progress::stateCode(), empty for an item with no step
        RequiredRole,                  // false for a step this applicant does not need
    };

    // Page ids of the items that are not steps.
    static inline const QString DegreeGroup = QStringLiteral("degree");
    static inline const QString ProcessPage = QStringLiteral("process");
    static inline const QString StatusPage = QStringLiteral("status");
    static inline const QString NotificationsPage = QStringLiteral("notifications");
    static inline const QString AccountGroup = QStringLiteral("accountGroup");
    static inline const QString AccountPage = QStringLiteral("account");
    static inline const QString DashboardPage = QStringLiteral("dashboard");

    explicit MenuModel(QObject *parent = nullptr);

    // Every page id, in menu order (groups left out: they open their first child).
    QStringList pageIds() const;
    QModelIndex indexOf(const QString &pageId) const;
    // The page a group opens: its first child.
    QString pageOf(const QModelIndex &index) const;
    QString label(const QString &pageId) const;

    void setProgress(const QList<domain::Progress::StepStatus> &progress);
    void setPalette(const QPalette &palette);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Item
    {
        QString id;
        const char *label;
        int parent = -1; // index in m_items, -1 at the top
        std::optional<domain::Progress::Step> step;
    };

    int itemOf(const QModelIndex &index) const;
    QList<int> childrenOf(int parent) const;

    QList<Item> m_items;
    QHash<QString, domain::Progress::StepStatus> m_status; // by page id
    QPalette m_palette;
};

} // namespace dd::ui
