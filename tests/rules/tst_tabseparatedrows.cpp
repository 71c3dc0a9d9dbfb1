// TabSeparatedRows: what Ctrl+C of rows puts on the clipboard, from a model without any widget.

#include "rules/TabSeparatedRows.h"

#include <QAbstractTableModel>
#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

namespace {

/// A fixed table; role UserRole gives the cell in another form, as the audit's FieldRole does.
class TableModel final : public QAbstractTableModel {
public:
    explicit TableModel(QList<QStringList> rows)
        : m_rows(std::move(rows)) {}
    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.first().size());
    }
    QVariant data(const QModelIndex &index, int role) const override {
        const QString cell = m_rows.at(index.row()).at(index.column());
        if (role == Qt::DisplayRole)
            return cell;
        if (role == Qt::UserRole)
            return cell.toUpper();
        return {};
    }

private:
    QList<QStringList> m_rows;
};

/// What QHeaderView tells about its sections, without a widget.
struct FakeHeader {
    QList<int> logicalByVisual;
    QList<int> hidden;
    int count() const { return int(logicalByVisual.size()); }
    int logicalIndex(int visual) const { return logicalByVisual.at(visual); }
    bool isSectionHidden(int logical) const { return hidden.contains(logical); }
};

} // namespace

class TestTabSeparatedRows final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsTopToBottomInTheColumnsGiven();
    void lastLine();
    void cell_data();
    void cell();
    void formulaInAModelIsGuarded();
    void visibleColumnsFollowTheHeader();
};

void TestTabSeparatedRows::rowsTopToBottomInTheColumnsGiven() {
    TableModel model({{u"a1"_s, u"b1"_s, u"c1"_s}, {u"a2"_s, u"b2"_s, u"c2"_s}, {u"a3"_s, u"b3"_s, u"c3"_s}});
    // Selected bottom-up (as a Shift+Up selection lists them), columns moved and one hidden.
    const QModelIndexList rows{model.index(2, 1), model.index(0, 0)};
    QCOMPARE(TabSeparatedRows::text(model, rows, {2, 0}), u"c1\ta1\nc3\ta3"_s);
    QCOMPARE(TabSeparatedRows::text(model, rows, {2, 0}, Qt::UserRole), u"C1\tA1\nC3\tA3"_s);
    QCOMPARE(TabSeparatedRows::text(model, {}, {0, 1}), QString());
}

void TestTabSeparatedRows::lastLine() {
    TableModel model({{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}});
    const QModelIndexList rows{model.index(0, 0), model.index(1, 0)};
    QCOMPARE(TabSeparatedRows::text(model, rows, {0, 1}, Qt::DisplayRole, TabSeparatedRows::LastLine::Open),
             u"a\tb\nc\td"_s);
    QCOMPARE(
        TabSeparatedRows::text(model, rows, {0, 1}, Qt::DisplayRole, TabSeparatedRows::LastLine::Terminated),
        u"a\tb\nc\td\n"_s);
    QCOMPARE(
        TabSeparatedRows::text(model, {}, {0, 1}, Qt::DisplayRole, TabSeparatedRows::LastLine::Terminated),
        QString());
}

void TestTabSeparatedRows::cell_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"web-server"_s << u"web-server"_s;
    QTest::newRow("tab inside") << u"a\tb"_s << u"a b"_s;
    QTest::newRow("line breaks inside") << u"a\nb\r\nc"_s << u"a b  c"_s;
    // A paste is evaluated like a file: the CSV export's guard applies (issue 12, clipboard).
    QTest::newRow("hyperlink formula")
        << u"=HYPERLINK(\"http://evil.example\",\"x\")"_s << u"'=HYPERLINK(\"http://evil.example\",\"x\")"_s;
    QTest::newRow("plus") << u"+1+1"_s << u"'+1+1"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("equals later is text") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTabSeparatedRows::cell() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TabSeparatedRows::cell(text), expected);
}

void TestTabSeparatedRows::formulaInAModelIsGuarded() {
    TableModel model({{u"m-1"_s, u"=HYPERLINK(\"http://evil.example\")"_s}});
    QCOMPARE(TabSeparatedRows::text(model, {model.index(0, 0)}, {0, 1}),
             u"m-1\t'=HYPERLINK(\"http://evil.example\")"_s);
}

void TestTabSeparatedRows::visibleColumnsFollowTheHeader() {
    QCOMPARE(TabSeparatedRows::visibleColumns(FakeHeader{{0, 1, 2}, {}}), (QList<int>{0, 1, 2}));
    QCOMPARE(TabSeparatedRows::visibleColumns(FakeHeader{{2, 0, 1}, {}}), (QList<int>{2, 0, 1}));
    QCOMPARE(TabSeparatedRows::visibleColumns(FakeHeader{{2, 0, 1}, {0}}), (QList<int>{2, 1}));
    QCOMPARE(TabSeparatedRows::visibleColumns(FakeHeader{}), QList<int>());
}

QTEST_GUILESS_MAIN(TestTabSeparatedRows)
#include "tst_tabseparatedrows.moc"
