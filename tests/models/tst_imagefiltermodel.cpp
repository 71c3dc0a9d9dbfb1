#include "ImageFilterModel.h"
#include "ImageTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

class TestImageFilterModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelTester();
    void filterMatchesIdAndNameOnly_data();
    void filterMatchesIdAndNameOnly();
    void sortsNumbersAndDates_data();
    void sortsNumbersAndDates();
    void filterFollowsSourceChanges();

private:
    QStringList visibleIds() const;

    ImageTableModel *m_source = nullptr;
    ImageFilterModel *m_proxy = nullptr;
};

static Image makeImage(const QString &id, const QString &name, qint64 size, const QString &created,
                       const QString &os = QStringLiteral("Ubuntu 22.04 64 bit")) {
    Image image;
    image.imageId = id;
    image.imageName = name;
    image.status = QStringLiteral("Available");
    image.osName = os;
    image.sizeGiB = size;
    image.creationTime = QDateTime::fromString(created, Qt::ISODate);
    return image;
}

void TestImageFilterModel::init() {
    m_source = new ImageTableModel(this);
    m_source->setImages({
        makeImage(QStringLiteral("m-aaa1"), QStringLiteral("web-frontend"), 40,
                  QStringLiteral("2023-05-01T00:00:00Z")),
        makeImage(QStringLiteral("m-bbb2"), QStringLiteral("Database"), 100,
                  QStringLiteral("2024-01-01T00:00:00Z")),
        // 9 < 40 < 100 numerically, but "9" > "40" > "100" as text.
        makeImage(QStringLiteral("m-ccc3"), QStringLiteral("cache"), 9,
                  QStringLiteral("2022-12-31T23:00:00Z"), QStringLiteral("Windows Server 2022")),
        makeImage(QStringLiteral("m-ddd4"), QStringLiteral("web-backend"), 20,
                  QStringLiteral("2023-10-02T00:00:00Z")),
    });
    m_proxy = new ImageFilterModel(this);
    m_proxy->setSourceModel(m_source);
}

void TestImageFilterModel::cleanup() {
    delete m_proxy;
    delete m_source;
}

QStringList TestImageFilterModel::visibleIds() const {
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, ImageTableModel::IdColumn).data().toString();
    return ids;
}

void TestImageFilterModel::modelTester() {
    QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(ImageTableModel::SizeColumn);
    m_proxy->setFilterText(QStringLiteral("web"));
    m_source->appendImages({makeImage(QStringLiteral("m-eee5"), QStringLiteral("web-new"), 1, {})});
    m_source->removeImage(QStringLiteral("m-aaa1"));
    m_proxy->setFilterText({});
    m_source->clear();
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestImageFilterModel::filterMatchesIdAndNameOnly_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList{u"m-aaa1"_s, u"m-bbb2"_s, u"m-ccc3"_s, u"m-ddd4"_s};
    QTest::newRow("name") << QStringLiteral("web") << QStringList{u"m-aaa1"_s, u"m-ddd4"_s};
    QTest::newRow("name, other case") << QStringLiteral("DATA") << QStringList{u"m-bbb2"_s};
    QTest::newRow("id") << QStringLiteral("m-cc") << QStringList{u"m-ccc3"_s};
    QTest::newRow("spaces trimmed") << QStringLiteral("  bbb  ") << QStringList{u"m-bbb2"_s};
    QTest::newRow("OS is not searched") << QStringLiteral("Windows") << QStringList{};
    QTest::newRow("status is not searched") << QStringLiteral("Available") << QStringList{};
}

void TestImageFilterModel::filterMatchesIdAndNameOnly() {
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(filter);
    QCOMPARE(visibleIds(), expected);
}

void TestImageFilterModel::sortsNumbersAndDates_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("size ascending") << int(ImageTableModel::SizeColumn) << Qt::AscendingOrder
                                    << QStringList{u"m-ccc3"_s, u"m-ddd4"_s, u"m-aaa1"_s, u"m-bbb2"_s};
    QTest::newRow("size descending") << int(ImageTableModel::SizeColumn) << Qt::DescendingOrder
                                     << QStringList{u"m-bbb2"_s, u"m-aaa1"_s, u"m-ddd4"_s, u"m-ccc3"_s};
    QTest::newRow("created ascending") << int(ImageTableModel::CreatedColumn) << Qt::AscendingOrder
                                       << QStringList{u"m-ccc3"_s, u"m-aaa1"_s, u"m-ddd4"_s, u"m-bbb2"_s};
    QTest::newRow("name, case-insensitive")
        << int(ImageTableModel::NameColumn) << Qt::AscendingOrder
        << QStringList{u"m-ccc3"_s, u"m-bbb2"_s, u"m-ddd4"_s, u"m-aaa1"_s};
    QTest::newRow("id descending") << int(ImageTableModel::IdColumn) << Qt::DescendingOrder
                                   << QStringList{u"m-ddd4"_s, u"m-ccc3"_s, u"m-bbb2"_s, u"m-aaa1"_s};
}

void TestImageFilterModel::sortsNumbersAndDates() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    m_proxy->sort(column, order);
    QCOMPARE(visibleIds(), expected);
}

void TestImageFilterModel::filterFollowsSourceChanges() {
    m_proxy->setFilterText(QStringLiteral("web"));
    m_proxy->sort(ImageTableModel::IdColumn);
    m_source->appendImages({makeImage(QStringLiteral("m-0web"), QStringLiteral("x"), 1, {}),
                            makeImage(QStringLiteral("m-zzz"), QStringLiteral("no match"), 1, {})});
    QCOMPARE(visibleIds(), (QStringList{u"m-0web"_s, u"m-aaa1"_s, u"m-ddd4"_s}));
    m_source->removeImage(QStringLiteral("m-aaa1"));
    QCOMPARE(visibleIds(), (QStringList{u"m-0web"_s, u"m-ddd4"_s}));
}

QTEST_GUILESS_MAIN(TestImageFilterModel)
#include "tst_imagefiltermodel.moc"
