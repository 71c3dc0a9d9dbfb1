#pragma once

#include "changes/SharingChangeRunner.h"
#include "changes/SharingPlan.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace isb {

class AccountBook;

/// A plan as a table, one row per image (the plan dialog's): region, image, name, the accounts taken away
/// and given (with their labels from the account book), the resulting counts, and once applied what became
/// of the image.
class SharingPlanModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RegionColumn,
        ImageIdColumn,
        ImageNameColumn,
        RemovedColumn,
        AddedColumn,
        AccountsColumn,
        ResultColumn,
        ColumnCount,
    };
    enum Role {
        /// ImageChangeOutcome::Status as an int; -1 before the plan is applied.
        StatusRole = Qt::UserRole + 1,
    };

    explicit SharingPlanModel(QObject *parent = nullptr);

    void setAccountBook(const AccountBook *book);
    void setPlan(const SharingPlan &plan);
    const SharingPlan &plan() const { return m_plan; }
    /// What became of one image (matched by region and ID).
    void setOutcome(const ImageChangeOutcome &outcome);
    /// The Result column is empty again (before a retry).
    void clearOutcomes();

    /// "123456789012 (Partner X)", or the ID alone when the book has no label.
    QString accountText(const QString &accountId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The Result column's text for an outcome: "verified", or why not, short (translated); `details`: with
    /// the service's whole error line (the tooltip).
    static QString resultText(const ImageChangeOutcome &outcome, bool details = false);

private:
    QString accountsText(const QStringList &ids) const;

    SharingPlan m_plan;
    QList<ImageChangeOutcome> m_outcomes; // parallel to m_plan.images(); Pending with no change: not applied
    QList<bool> m_applied;
    QPointer<const AccountBook> m_book;
};

} // namespace isb
