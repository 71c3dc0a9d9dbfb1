// The one paging rule (PagedListAssembler) and the one text rule (sanitizedServiceText), without a network:
// every way a paged answer can contradict itself, and every character class the sanitizer replaces.
#include "PagedListAssembler.h"
#include "ServiceText.h"

#include <QTest>

using namespace isb;
using Step = PagedListAssembler::Step;
using Subject = PagedListAssembler::Subject;

Q_DECLARE_METATYPE(isb::PagedListAssembler::Step)

namespace {

QStringList keys(int from, int to) {
    QStringList list;
    for (int i = from; i <= to; ++i)
        list.append(QString::number(100000 + i));
    return list;
}

} // namespace

class TestPagedListAssembler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pageCountIs64Bit_data();
    void pageCountIs64Bit();
    void singlePageCompletesAtOnce();
    void severalPagesAreConfirmed();
    void pagesMayArriveInAnyOrder();
    void pagesAreHandedOutOneAtATime();
    void contradictions_data();
    void contradictions();
    void restartsThreeTimesThenFails();
    void staleAnswersAreIgnored();
    void resetStartsANewRead();
    void checkPageAlone();
    void sanitizer_data();
    void sanitizer();
};

void TestPagedListAssembler::pageCountIs64Bit_data() {
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<qint64>("pages");
    QTest::newRow("empty") << qint64(0) << 50 << qint64(1);
    QTest::newRow("one") << qint64(1) << 50 << qint64(1);
    QTest::newRow("full") << qint64(50) << 50 << qint64(1);
    QTest::newRow("one more") << qint64(51) << 50 << qint64(2);
    QTest::newRow("int max") << qint64(std::numeric_limits<int>::max()) << 50 << qint64(42949673);
    QTest::newRow("beyond int") << (qint64(1) << 40) << 1 << (qint64(1) << 40);
    QTest::newRow("negative") << qint64(-5) << 50 << qint64(1);
}

void TestPagedListAssembler::pageCountIs64Bit() {
    QFETCH(qint64, total);
    QFETCH(int, pageSize);
    QFETCH(qint64, pages);
    QCOMPARE(PagedListAssembler::pageCount(total, pageSize), pages);
}

void TestPagedListAssembler::singlePageCompletesAtOnce() {
    PagedListAssembler pages(Subject::SharePermissions, 50);
    QCOMPARE(pages.nextPage(), 1);
    QCOMPARE(pages.nextPage(), 0); // page 2 only once page 1 said how many there are
    QCOMPARE(pages.addPage(0, 1, 1, 3, keys(1, 3)), Step::Complete);
    QCOMPARE(pages.pageCount(), 1);
}

void TestPagedListAssembler::severalPagesAreConfirmed() {
    PagedListAssembler pages(Subject::SharePermissions, 50);
    QCOMPARE(pages.nextPage(), 1);
    QCOMPARE(pages.addPage(0, 1, 1, 60, keys(1, 50)), Step::Continue);
    QCOMPARE(pages.nextPage(), 2);
    QCOMPARE(pages.nextPage(), 0);
    QCOMPARE(pages.addPage(0, 2, 2, 60, keys(51, 60)), Step::Confirm);
    QCOMPARE(pages.addConfirmation(0, 1, 60, keys(1, 50)), Step::Complete);
}

void TestPagedListAssembler::pagesMayArriveInAnyOrder() {
    PagedListAssembler pages(Subject::Images, 10);
    pages.nextPage();
    QCOMPARE(pages.addPage(0, 1, 1, 35, keys(1, 10)), Step::Continue);
    QCOMPARE(pages.addPage(0, 4, 4, 35, keys(31, 35)), Step::Continue);
    QCOMPARE(pages.addPage(0, 3, 3, 35, keys(21, 30)), Step::Continue);
    QCOMPARE(pages.addPage(0, 2, 2, 35, keys(11, 20)), Step::Confirm);
}

void TestPagedListAssembler::pagesAreHandedOutOneAtATime() {
    // A TotalCount at the cap plans nothing up front: each page is handed out when asked for.
    PagedListAssembler pages(Subject::SharePermissions, 50);
    pages.nextPage();
    QCOMPARE(pages.addPage(0, 1, 1, PagedListAssembler::kMaxTotalCount, keys(1, 50)), Step::Continue);
    QCOMPARE(pages.pageCount(), 2000);
    QCOMPARE(pages.nextPage(), 2);
    QCOMPARE(pages.nextPage(), 3);
    QCOMPARE(pages.pagesAsked(), 3);
}

void TestPagedListAssembler::contradictions_data() {
    QTest::addColumn<qint64>("page");
    QTest::addColumn<qint64>("returned");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QStringList>("secondKeys");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<Step>("step");
    // Page 1 always: TotalCount 60, keys 1-50, no groups.
    QTest::newRow("fine") << qint64(2) << qint64(2) << qint64(60) << keys(51, 60) << QStringList()
                          << Step::Confirm;
    QTest::newRow("other page number")
        << qint64(2) << qint64(1) << qint64(60) << keys(51, 60) << QStringList() << Step::Failed;
    QTest::newRow("TotalCount changed")
        << qint64(2) << qint64(2) << qint64(59) << keys(51, 59) << QStringList() << Step::Restart;
    QTest::newRow("short page") << qint64(2) << qint64(2) << qint64(60) << keys(51, 55) << QStringList()
                                << Step::Failed;
    QTest::newRow("long page") << qint64(2) << qint64(2) << qint64(60) << keys(51, 61) << QStringList()
                               << Step::Failed;
    QTest::newRow("key on two pages")
        << qint64(2) << qint64(2) << qint64(60) << keys(50, 59) << QStringList() << Step::Restart;
    QTest::newRow("key twice on a page")
        << qint64(2) << qint64(2) << qint64(60) << (keys(51, 59) << keys(51, 51).constFirst())
        << QStringList() << Step::Failed;
    QTest::newRow("groups changed") << qint64(2) << qint64(2) << qint64(60) << keys(51, 60)
                                    << QStringList{QStringLiteral("all")} << Step::Restart;
}

void TestPagedListAssembler::contradictions() {
    QFETCH(qint64, page);
    QFETCH(qint64, returned);
    QFETCH(qint64, total);
    QFETCH(QStringList, secondKeys);
    QFETCH(QStringList, groups);
    QFETCH(Step, step);
    PagedListAssembler pages(Subject::SharePermissions, 50);
    pages.nextPage();
    QCOMPARE(pages.addPage(0, 1, 1, 60, keys(1, 50)), Step::Continue);
    QCOMPARE(pages.addPage(0, page, returned, total, secondKeys, groups), step);
    if (step == Step::Failed) {
        QCOMPARE(pages.error().kind, EcsError::Kind::BadResponse);
        QCOMPARE(pages.error().code, QStringLiteral("InconsistentPages"));
        QCOMPARE(pages.nextPage(), 0);
    }
    if (step == Step::Restart)
        QCOMPARE(pages.nextPage(), 1);
}

void TestPagedListAssembler::restartsThreeTimesThenFails() {
    PagedListAssembler pages(Subject::Images, 50);
    for (int pass = 0; pass <= PagedListAssembler::kMaxRestarts; ++pass) {
        QCOMPARE(pages.nextPage(), 1);
        const int generation = pages.generation();
        QCOMPARE(pages.addPage(generation, 1, 1, 60, keys(1, 50)), Step::Continue);
        QCOMPARE(pages.addPage(generation, 2, 2, 60, keys(51, 60)), Step::Confirm);
        // Someone removed 1 and added 61: same count, another page 1.
        const Step step = pages.addConfirmation(generation, 1, 60, keys(2, 51));
        QCOMPARE(step, pass < PagedListAssembler::kMaxRestarts ? Step::Restart : Step::Failed);
    }
    QCOMPARE(pages.error().kind, EcsError::Kind::Changed);
    QCOMPARE(pages.error().code, QStringLiteral("ImageListChanged"));
}

void TestPagedListAssembler::staleAnswersAreIgnored() {
    PagedListAssembler pages(Subject::SharePermissions, 50);
    pages.nextPage();
    QCOMPARE(pages.addPage(0, 1, 1, 60, keys(1, 50)), Step::Continue);
    QCOMPARE(pages.addPage(0, 2, 2, 61, keys(51, 61)), Step::Restart);
    QCOMPARE(pages.addPage(0, 2, 2, 60, keys(51, 60)), Step::Stale); // asked before the restart
    QCOMPARE(pages.generation(), 1);
}

void TestPagedListAssembler::resetStartsANewRead() {
    PagedListAssembler pages(Subject::SharePermissions, 50);
    pages.nextPage();
    QCOMPARE(pages.addPage(0, 1, 2, 3, keys(1, 3)), Step::Failed);
    pages.reset();
    QVERIFY(!pages.error().isError());
    QCOMPARE(pages.nextPage(), 1);
    QCOMPARE(pages.addPage(pages.generation(), 1, 1, 3, keys(1, 3)), Step::Complete);
}

void TestPagedListAssembler::checkPageAlone() {
    QVERIFY(!PagedListAssembler::checkPage(Subject::Images, 10, 3, 3, 26, keys(21, 26)).isError());
    QVERIFY(PagedListAssembler::checkPage(Subject::Images, 10, 3, 1, 26, keys(21, 26)).isError());
    QVERIFY(PagedListAssembler::checkPage(Subject::Images, 10, 3, 3, 31, keys(21, 26)).isError());
    QVERIFY(!PagedListAssembler::checkPage(Subject::Images, 10, 9, 9, 26, {}).isError()); // past the end
    QVERIFY(PagedListAssembler::checkPage(Subject::Images, 10, 1, 1, 100001, keys(1, 10)).isError());
}

void TestPagedListAssembler::sanitizer_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("clean");
    const QString r(QChar::ReplacementCharacter);
    QTest::newRow("clean") << QStringLiteral("生产-网关 image 😀") << QStringLiteral("生产-网关 image 😀");
    QTest::newRow("ESC CSI") << QStringLiteral("\x1b[2Jx") << (r + QStringLiteral("[2Jx"));
    QTest::newRow("OSC BEL") << QStringLiteral("\x1b]0;t\x07") << (r + QStringLiteral("]0;t") + r);
    QTest::newRow("tab newline") << QStringLiteral("a\tb\r\nc")
                                 << (QStringLiteral("a") + r + QStringLiteral("b") + r + r +
                                     QStringLiteral("c"));
    QTest::newRow("NUL DEL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b") + QChar(0x7f))
                             << (QStringLiteral("a") + r + QStringLiteral("b") + r);
    QTest::newRow("C1") << QString::fromUtf16(u"\x0085\x009b\x009f") << (r + r + r);
    QTest::newRow("U+2028 U+2029") << QString::fromUtf16(u"a\x2028\x2029") << (QStringLiteral("a") + r + r);
    QTest::newRow("Latin-1 letters stay")
        << QString::fromUtf16(u"\x00a0\x00e9") << QString::fromUtf16(u"\x00a0\x00e9");
}

void TestPagedListAssembler::sanitizer() {
    QFETCH(QString, text);
    QFETCH(QString, clean);
    QCOMPARE(sanitizedServiceText(text), clean);
    QVERIFY(!hasUnsafeServiceCharacters(sanitizedServiceText(text)));
    QCOMPARE(hasUnsafeServiceCharacters(text), text != clean);
}

QTEST_GUILESS_MAIN(TestPagedListAssembler)
#include "tst_pagedlistassembler.moc"
