#include "../support/ContextMenuLabel.h"
#include "AuditDiffDialog.h"
#include "LabelAccountDialog.h"
#include "accounts/AccountBook.h"
#include "accounts/Findings.h"
#include "audit/AuditDiff.h"
#include "audit/AuditSnapshot.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace isb;
using namespace Qt::StringLiterals;

namespace {

AuditImageRecord image(const QString &id, const QStringList &accounts, const QStringList &groups = {}) {
    AuditImageRecord record;
    record.complete = true;
    record.image.regionId = u"cn-hangzhou"_s;
    record.image.imageId = id;
    record.image.imageName = u"name-"_s + id;
    for (const QString &account : accounts)
        record.permissions.accounts.append({account, {}});
    record.permissions.shareGroups = groups;
    return record;
}

// Item data the dialog gives FindingRowDelegate (Qt::UserRole + 1: public, + 2: untrusted).
bool isPublicRow(const QTreeWidgetItem *item) {
    return item->data(0, Qt::UserRole + 1).toBool();
}
bool isUntrustedRow(const QTreeWidgetItem *item) {
    return item->data(0, Qt::UserRole + 2).toBool();
}

} // namespace

/// Issue 13: the diff dialog lists the new findings first, in the findings' colours, with labels and
/// trust for account IDs and "Label…" on their context menu, and shows both snapshots' dates.
class TestAuditDiffDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newFindingsFirstWithLabelsAndDates();
    void labelFromTheContextMenu();

private:
    /// Before: m-1 shared with 1…1 (trusted) and 2…2; after: m-1 also with 3…3 (untrusted) and 4…4
    /// (own), 2…2 removed, m-2 newly public.
    AuditDiff makeDiff() const;

    QTemporaryDir m_dir;
};

AuditDiff TestAuditDiffDialog::makeDiff() const {
    AuditSnapshot before;
    before.setExportedAt(QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
    before.setImages({image(u"m-1"_s, {u"1111111111111111"_s, u"2222222222222222"_s}), image(u"m-2"_s, {})});
    AuditSnapshot after;
    after.setExportedAt(QDateTime(QDate(2026, 11, 8), QTime(10, 0), Qt::UTC));
    after.setImages({image(u"m-1"_s, {u"1111111111111111"_s, u"3333333333333333"_s, u"4444444444444444"_s}),
                     image(u"m-2"_s, {}, {u"all"_s})});
    return AuditDiff::compare(before, after);
}

void TestAuditDiffDialog::newFindingsFirstWithLabelsAndDates() {
    AuditDiffDialog dialog;
    AccountBook book(m_dir.filePath(u"a.csv"_s));
    book.setEntries({{u"1111111111111111"_s, u"partner"_s, AccountBook::Trust::Trusted},
                     {u"3333333333333333"_s, u"unknown QA"_s, AccountBook::Trust::None},
                     {u"4444444444444444"_s, u"ours"_s, AccountBook::Trust::Own}});
    dialog.setAccountBook(&book);
    const AuditDiff diff = makeDiff();
    dialog.showDiff(diff);

    // The findings come from the core's rule and order (public first), as the CLI lists them.
    auto *findings = dialog.findChild<QTreeWidget *>(u"findingsTree"_s);
    QVERIFY(findings);
    QVERIFY(!findings->isHidden());
    const QList<Finding> expected = diff.newFindings(book);
    QCOMPARE(expected.size(), 2);
    QCOMPARE(findings->topLevelItemCount(), 2);
    const QTreeWidgetItem *first = findings->topLevelItem(0);
    QCOMPARE(first->text(2), u"m-2"_s);
    QCOMPARE(first->text(4), u"all"_s);
    QVERIFY(isPublicRow(first));
    const QTreeWidgetItem *second = findings->topLevelItem(1);
    QCOMPARE(second->text(2), u"m-1"_s);
    QCOMPARE(second->text(4), u"3333333333333333"_s);
    QCOMPARE(second->text(5), u"unknown QA"_s);
    QCOMPARE(second->text(6), u"Not trusted"_s);
    QVERIFY(isUntrustedRow(second));
    QVERIFY(!isPublicRow(second));

    // The changes below: the added untrusted grant in the warning colour, the added own one and the
    // removal not; account IDs with label and trust.
    auto *tree = dialog.findChild<QTreeWidget *>(u"diffTree"_s);
    QTreeWidgetItem *m1 = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(2) == u"m-1"_s)
            m1 = tree->topLevelItem(i);
    }
    QVERIFY(m1);
    QMap<QString, const QTreeWidgetItem *> grants;
    for (int j = 0; j < m1->childCount(); ++j)
        grants.insert(m1->child(j)->text(5), m1->child(j));
    QCOMPARE(grants.keys(),
             (QList<QString>{u"2222222222222222"_s, u"3333333333333333"_s, u"4444444444444444"_s}));
    QVERIFY(isUntrustedRow(grants.value(u"3333333333333333"_s)));
    QVERIFY(!isUntrustedRow(grants.value(u"4444444444444444"_s)));
    QCOMPARE(grants.value(u"4444444444444444"_s)->text(6), u"ours"_s);
    QCOMPARE(grants.value(u"4444444444444444"_s)->text(7), u"Own"_s);

    // Both dates, and the CLI's text: findings first, the summary with the dates last.
    const QString summary = dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"2026-11-01"_s) && summary.contains(u"2026-11-08"_s), qPrintable(summary));
    const QString text = dialog.diffText();
    QCOMPARE(text, diff.reportText(&book, false));
    QVERIFY2(
        text.startsWith(
            u"! cn-hangzhou m-2 Group all public\n! cn-hangzhou m-1 Account 3333333333333333 untrusted"_s),
        qPrintable(text));
    QVERIFY(text.trimmed().split(u'\n').constLast().contains(u"2026-11-08"_s));

    // Without a book: no findings section.
    dialog.setAccountBook(nullptr);
    QVERIFY(findings->isHidden());
    QCOMPARE(findings->topLevelItemCount(), 0);
}

void TestAuditDiffDialog::labelFromTheContextMenu() {
    AuditDiffDialog dialog;
    AccountBook book(m_dir.filePath(u"b.csv"_s));
    dialog.setAccountBook(&book);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showDiff(makeDiff());
    auto *findings = dialog.findChild<QTreeWidget *>(u"findingsTree"_s);
    const int before = findings->topLevelItemCount(); // all, 3…3, 4…4: nothing is trusted yet
    QCOMPARE(before, 3);
    QTreeWidgetItem *account = findings->topLevelItem(1);
    QCOMPARE(account->text(4), u"3333333333333333"_s);

    QCOMPARE(
        test::labelFromContextMenu(
            this,
            [&] { Q_EMIT findings->customContextMenuRequested(findings->visualItemRect(account).center()); },
            u"QA partner"_s, AccountBook::Trust::Trusted),
        u"3333333333333333"_s);

    // Trusted now: no longer a new finding, and the diff tree shows its label.
    QCOMPARE(book.labelOf(u"3333333333333333"_s), u"QA partner"_s);
    QCOMPARE(findings->topLevelItemCount(), before - 1);
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        QVERIFY(findings->topLevelItem(i)->text(4) != u"3333333333333333"_s);
    const QList<QTreeWidgetItem *> rows =
        dialog.findChild<QTreeWidget *>(u"diffTree"_s)
            ->findItems(u"3333333333333333"_s, Qt::MatchExactly | Qt::MatchRecursive, 5);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()->text(6), u"QA partner"_s);
    QCOMPARE(rows.first()->text(7), u"Trusted"_s);
    QVERIFY(!isUntrustedRow(rows.first()));
}

QTEST_MAIN(TestAuditDiffDialog)
#include "tst_auditdiffdialog.moc"
