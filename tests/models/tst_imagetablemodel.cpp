#include "ImageTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace isb;

class TestImageTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void columns();
    void appendSkipsDuplicates();
    void toolTipsArePlainText_data();
    void toolTipsArePlainText();
    void removeImage();
    void sortRoleIsTyped();
    void sharedColumn_data();
    void sharedColumn();
    void zonedTimeNamesItsOffset_data();
    void zonedTimeNamesItsOffset();
};

static Image makeImage(const QString &id, const QString &name, qint64 size, const QString &created) {
    Image image;
    image.regionId = QStringLiteral("cn-hangzhou");
    image.imageId = id;
    image.imageName = name;
    image.status = QStringLiteral("Available");
    image.osName = QStringLiteral("CentOS 7.9 64 bit");
    image.architecture = QStringLiteral("x86_64");
    image.description = QStringLiteral("description of ") + name;
    image.creationTime = QDateTime::fromString(created, Qt::ISODate);
    image.sizeGiB = size;
    return image;
}

void TestImageTableModel::modelTester() {
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setImages({makeImage(QStringLiteral("m-1"), QStringLiteral("one"), 40,
                               QStringLiteral("2024-01-01T00:00:00Z"))});
    model.appendImages(
        {makeImage(QStringLiteral("m-2"), QStringLiteral("two"), 20, QStringLiteral("2024-02-01T00:00:00Z")),
         makeImage(QStringLiteral("m-3"), QStringLiteral("three"), 100, QString())});
    QVERIFY(model.removeImage(QStringLiteral("m-2")));
    model.appendImages({});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestImageTableModel::sharedColumn_data() {
    QTest::addColumn<bool>("shared");
    QTest::addColumn<QString>("shown");
    QTest::newRow("shared") << true << QStringLiteral("Shared");
    QTest::newRow("not shared") << false << QString();
}

void TestImageTableModel::sharedColumn() {
    QFETCH(bool, shared);
    QFETCH(QString, shown);
    Image image = makeImage(QStringLiteral("m-1"), QStringLiteral("web"), 40, QString());
    image.isSelfShared = shared;
    ImageTableModel model;
    model.setImages({image});
    QCOMPARE(model.headerData(ImageTableModel::SharedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Shared"));
    const QModelIndex cell = model.index(0, ImageTableModel::SharedColumn);
    QCOMPARE(cell.data().toString(), shown);
    QCOMPARE(cell.data(ImageTableModel::SortRole), QVariant(shared));
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestImageTableModel::zonedTimeNamesItsOffset_data() {
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("east") << 8 * 3600 << QStringLiteral("2024-01-24 10:00 UTC+08:00");
    QTest::newRow("utc") << 0 << QStringLiteral("2024-01-24 02:00 UTC+00:00");
    QTest::newRow("west, half hour") << -(3 * 3600 + 1800) << QStringLiteral("2024-01-23 22:30 UTC-03:30");
}

void TestImageTableModel::zonedTimeNamesItsOffset() {
    QFETCH(int, offsetSeconds);
    QFETCH(QString, expected);
    const QDateTime time = QDateTime::fromString(QStringLiteral("2024-01-24T02:00:00Z"), Qt::ISODate);
    QCOMPARE(ImageTableModel::formatZonedTime(time, QTimeZone(offsetSeconds)), expected);
    QCOMPARE(ImageTableModel::formatZonedTime({}), QString());
    // The window's form is the same in the system's zone.
    QVERIFY(ImageTableModel::formatZonedTime(time).contains(QStringLiteral(" UTC")));
}

void TestImageTableModel::columns() {
    ImageTableModel model;
    model.setImages({makeImage(QStringLiteral("m-1"), QStringLiteral("web"), 40,
                               QStringLiteral("2024-01-01T12:30:00Z"))});
    QCOMPARE(model.columnCount(), int(ImageTableModel::ColumnCount));
    QCOMPARE(model.headerData(ImageTableModel::SizeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Size (GiB)"));
    QCOMPARE(model.index(0, ImageTableModel::IdColumn).data().toString(), QStringLiteral("m-1"));
    QCOMPARE(model.index(0, ImageTableModel::NameColumn).data().toString(), QStringLiteral("web"));
    QCOMPARE(model.index(0, ImageTableModel::OsColumn).data().toString(),
             QStringLiteral("CentOS 7.9 64 bit"));
    QCOMPARE(model.index(0, ImageTableModel::StatusColumn).data().toString(), QStringLiteral("Available"));
    QCOMPARE(model.index(0, ImageTableModel::SizeColumn).data().toString(), QStringLiteral("40"));
    const QDateTime created = QDateTime::fromString(QStringLiteral("2024-01-01T12:30:00Z"), Qt::ISODate);
    QCOMPARE(model.index(0, ImageTableModel::CreatedColumn).data().toString(),
             created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(model.index(0, ImageTableModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2024-01-01T12:30:00Z"));
    QCOMPARE(model.index(0, ImageTableModel::NameColumn).data(ImageTableModel::ImageIdRole).toString(),
             QStringLiteral("m-1"));
}

void TestImageTableModel::toolTipsArePlainText_data() {
    QTest::addColumn<QString>("description");
    QTest::newRow("bold") << QStringLiteral("<b>x</b>");
    QTest::newRow("image") << QStringLiteral("<img src=\"http://evil.example/t.png\">");
    QTest::newRow("link") << QStringLiteral("<a href=\"https://evil.example\">update</a> & more");
}

void TestImageTableModel::toolTipsArePlainText() {
    // A tooltip that looks like markup is rendered as rich text by Qt; the service's description must be
    // shown as the characters it is, so it arrives escaped inside a paragraph of its own.
    QFETCH(QString, description);
    ImageTableModel model;
    Image image =
        makeImage(QStringLiteral("m-1"), QStringLiteral("web"), 40, QStringLiteral("2024-01-01T12:30:00Z"));
    image.description = description;
    image.architecture = QStringLiteral("<i>arm</i>");
    model.setImages({image});
    const QString tip = model.index(0, ImageTableModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(description.toHtmlEscaped()));
    QVERIFY(!tip.contains(description));
    QVERIFY(tip.startsWith(QLatin1String("<p")));
    const QString osTip = model.index(0, ImageTableModel::OsColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(osTip.contains(QLatin1String("&lt;i&gt;arm&lt;/i&gt;")));
    QVERIFY(!osTip.contains(QLatin1String("<i>")));
}

void TestImageTableModel::appendSkipsDuplicates() {
    ImageTableModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setImages({makeImage(QStringLiteral("m-1"), QStringLiteral("a"), 1, {}),
                     makeImage(QStringLiteral("m-1"), QStringLiteral("a"), 1, {})});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.appendImages({makeImage(QStringLiteral("m-1"), QStringLiteral("a"), 1, {}),
                                 makeImage(QStringLiteral("m-2"), QStringLiteral("b"), 1, {})}),
             1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.appendImages({makeImage(QStringLiteral("m-2"), QStringLiteral("b"), 1, {})}), 0);
    QCOMPARE(inserted.count(), 1); // nothing new: no signal at all
    QCOMPARE(model.rowOf(QStringLiteral("m-2")), 1);
    QCOMPARE(model.imageAt(1).imageName, QStringLiteral("b"));
}

void TestImageTableModel::removeImage() {
    ImageTableModel model;
    model.setImages({makeImage(QStringLiteral("m-1"), QStringLiteral("a"), 1, {}),
                     makeImage(QStringLiteral("m-2"), QStringLiteral("b"), 1, {})});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(!model.removeImage(QStringLiteral("m-9")));
    QCOMPARE(removed.count(), 0);
    QVERIFY(model.removeImage(QStringLiteral("m-1")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("m-2")), 0);
}

void TestImageTableModel::sortRoleIsTyped() {
    ImageTableModel model;
    model.setImages(
        {makeImage(QStringLiteral("m-1"), QStringLiteral("a"), 100, QStringLiteral("2024-01-01T00:00:00Z"))});
    const QVariant size = model.index(0, ImageTableModel::SizeColumn).data(ImageTableModel::SortRole);
    QCOMPARE(size.typeId(), QMetaType::LongLong);
    QCOMPARE(size.toLongLong(), 100);
    const QVariant created = model.index(0, ImageTableModel::CreatedColumn).data(ImageTableModel::SortRole);
    QCOMPARE(created.typeId(), QMetaType::QDateTime);
}

QTEST_GUILESS_MAIN(TestImageTableModel)
#include "tst_imagetablemodel.moc"
