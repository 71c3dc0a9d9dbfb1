#include "audit/AuditDiff.h"
#include "audit/AuditSnapshot.h"

#include <QTest>

using namespace isb;

namespace {

AuditImageRecord image(const QString &region, const QString &id, const QStringList &accounts,
                       const QStringList &groups = {}) {
    AuditImageRecord record;
    record.complete = true;
    record.image.regionId = region;
    record.image.imageId = id;
    record.image.imageName = QStringLiteral("name-") + id;
    for (const QString &account : accounts)
        record.permissions.accounts.append({account, {}});
    record.permissions.shareGroups = groups;
    return record;
}

const QString hz = QStringLiteral("cn-hangzhou");
const QString bj = QStringLiteral("cn-beijing");

} // namespace

/// Comparing two snapshots.
class TestAuditDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void grantsAndImages() {
        AuditSnapshot before;
        before.setImages({
            image(hz, QStringLiteral("m-1"), {QStringLiteral("111"), QStringLiteral("222")}),
            image(hz, QStringLiteral("m-2"), {QStringLiteral("333")}, {QStringLiteral("all")}),
            image(bj, QStringLiteral("m-old"), {QStringLiteral("444")}),
        });
        AuditSnapshot after;
        after.setImages({
            image(hz, QStringLiteral("m-1"), {QStringLiteral("222"), QStringLiteral("555")},
                  {QStringLiteral("all")}),
            image(hz, QStringLiteral("m-2"), {QStringLiteral("333")}, {QStringLiteral("all")}),
            image(bj, QStringLiteral("m-new"), {QStringLiteral("666")}),
        });

        const AuditDiff diff = AuditDiff::compare(before, after);
        QCOMPARE(diff.grantsAdded(), 3);     // 555, all on m-1; 666 on m-new
        QCOMPARE(diff.grantsRemoved(), 2);   // 111 on m-1; 444 with m-old
        QCOMPARE(diff.grantsUnchanged(), 3); // 222 on m-1; 333, all on m-2
        QCOMPARE(diff.imagesAdded(), 1);
        QCOMPARE(diff.imagesRemoved(), 1);
        QCOMPARE(diff.imagesUnknown(), 0);
        QVERIFY(!diff.isEmpty());

        QCOMPARE(diff.images().size(), 4);
        const AuditDiff::ImageDiff &m1 = diff.images().at(2); // sorted: cn-beijing first
        QCOMPARE(m1.imageId, QStringLiteral("m-1"));
        QCOMPARE(m1.change, AuditDiff::ImageChange::Changed);
        QCOMPARE(m1.added, QList<AuditDiff::Grant>({{AuditRow::Kind::Account, QStringLiteral("555")},
                                                    {AuditRow::Kind::Group, QStringLiteral("all")}}));
        QCOMPARE(m1.removed, QList<AuditDiff::Grant>({{AuditRow::Kind::Account, QStringLiteral("111")}}));
        QCOMPARE(m1.unchanged, QList<AuditDiff::Grant>({{AuditRow::Kind::Account, QStringLiteral("222")}}));
        QCOMPARE(diff.images().at(3).change, AuditDiff::ImageChange::Unchanged);

        const QString expected = QStringLiteral("+image cn-beijing m-new (name-m-new)\n"
                                                "+ cn-beijing m-new Account 666\n"
                                                "-image cn-beijing m-old (name-m-old)\n"
                                                "- cn-beijing m-old Account 444\n"
                                                "- cn-hangzhou m-1 Account 111\n"
                                                "+ cn-hangzhou m-1 Account 555\n"
                                                "+ cn-hangzhou m-1 Group all\n");
        QCOMPARE(diff.toText(), expected);
        const QString withUnchanged = diff.toText(true);
        QVERIFY(withUnchanged.contains(QStringLiteral("= cn-hangzhou m-1 Account 222\n")));
        QVERIFY(withUnchanged.contains(QStringLiteral("= cn-hangzhou m-2 Group all\n")));
        QVERIFY(diff.summary().contains(QStringLiteral("3 grants added")));
    }

    void identicalSnapshotsAreEmpty() {
        AuditSnapshot snapshot;
        snapshot.setImages(
            {image(hz, QStringLiteral("m-1"), {QStringLiteral("111")}, {QStringLiteral("all")})});
        const AuditDiff diff = AuditDiff::compare(snapshot, snapshot);
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.grantsUnchanged(), 2);
        QCOMPARE(diff.toText(), QString());
    }

    void aFailedLookupIsNotARemoval() {
        AuditSnapshot before;
        before.setImages({image(hz, QStringLiteral("m-1"), {QStringLiteral("111")}),
                          image(bj, QStringLiteral("m-2"), {QStringLiteral("222")})});
        AuditSnapshot after;
        AuditFailure imageFailure{hz, QStringLiteral("m-1"), {}};
        imageFailure.error.code = QStringLiteral("ServiceUnavailable");
        AuditFailure regionFailure{bj, {}, {}};
        after.setFailures({imageFailure, regionFailure});

        const AuditDiff diff = AuditDiff::compare(before, after);
        QCOMPARE(diff.imagesRemoved(), 0);
        QCOMPARE(diff.grantsRemoved(), 0);
        QCOMPARE(diff.imagesUnknown(), 2);
        QCOMPARE(diff.toText(), QStringLiteral("? cn-beijing m-2 unknown\n? cn-hangzhou m-1 unknown\n"));
    }

    void regionsOnlyOneSideCoversAreUnknown() {
        // Issue 12: an audit of 5 regions against an audit of 1. Before the fix the 4 regions the second
        // audit never looked at came out as 4 images "removed" with all their grants.
        const QStringList five = {QStringLiteral("cn-beijing"), QStringLiteral("cn-hangzhou"),
                                  QStringLiteral("cn-qingdao"), QStringLiteral("cn-shanghai"),
                                  QStringLiteral("cn-shenzhen")};
        AuditSnapshot wide;
        wide.setRegions(five);
        QList<AuditImageRecord> images;
        for (const QString &region : five)
            images.append(image(region, QStringLiteral("m-") + region, {QStringLiteral("111")}));
        images.append(image(hz, QStringLiteral("m-gone"), {QStringLiteral("222")}));
        wide.setImages(images);
        AuditSnapshot narrow;
        narrow.setRegions({hz});
        narrow.setImages({image(hz, QStringLiteral("m-cn-hangzhou"), {QStringLiteral("111")})});

        for (const bool forward : {true, false}) {
            const AuditDiff diff =
                forward ? AuditDiff::compare(wide, narrow) : AuditDiff::compare(narrow, wide);
            QCOMPARE(diff.regionsUnknown(),
                     QStringList({QStringLiteral("cn-beijing"), QStringLiteral("cn-qingdao"),
                                  QStringLiteral("cn-shanghai"), QStringLiteral("cn-shenzhen")}));
            QCOMPARE(diff.imagesUnknown(), 4);
            // m-gone is in a region both audited: it really was removed (or added, the other way round).
            QCOMPARE(forward ? diff.imagesRemoved() : diff.imagesAdded(), 1);
            QCOMPARE(forward ? diff.imagesAdded() : diff.imagesRemoved(), 0);
            QCOMPARE(forward ? diff.grantsRemoved() : diff.grantsAdded(), 1);
            QCOMPARE(forward ? diff.grantsAdded() : diff.grantsRemoved(), 0);
            const QString sign = forward ? QStringLiteral("-") : QStringLiteral("+");
            QCOMPARE(diff.toText(), QStringLiteral("?region cn-beijing unknown\n"
                                                   "?region cn-qingdao unknown\n"
                                                   "?region cn-shanghai unknown\n"
                                                   "?region cn-shenzhen unknown\n"
                                                   "? cn-beijing m-cn-beijing unknown\n") +
                                        sign + QStringLiteral("image cn-hangzhou m-gone (name-m-gone)\n") +
                                        sign +
                                        QStringLiteral(" cn-hangzhou m-gone Account 222\n"
                                                       "? cn-qingdao m-cn-qingdao unknown\n"
                                                       "? cn-shanghai m-cn-shanghai unknown\n"
                                                       "? cn-shenzhen m-cn-shenzhen unknown\n"));
            QVERIFY(
                diff.summary().contains(QStringLiteral("cn-beijing, cn-qingdao, cn-shanghai, cn-shenzhen")));
            for (const AuditDiff::ImageDiff &imageDiff : diff.images())
                QCOMPARE(imageDiff.regionNotAudited, imageDiff.change == AuditDiff::ImageChange::Unknown);
        }
        // An empty region that only one side covers is still unknown: nobody knows what it held.
        AuditSnapshot empty;
        empty.setRegions({hz, bj});
        AuditSnapshot hzOnly;
        hzOnly.setRegions({hz});
        QCOMPARE(AuditDiff::compare(empty, hzOnly).regionsUnknown(), QStringList({bj}));
        QVERIFY(AuditDiff::compare(empty, empty).regionsUnknown().isEmpty());
    }

    void namesCannotForgeLines_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("LF") << QStringLiteral("x)\n- cn-hangzhou m-1 Account 111\n(");
        QTest::newRow("CR") << QStringLiteral("x)\r- cn-hangzhou m-1 Account 111");
        QTest::newRow("escape sequence") << QStringLiteral("\x1b]0;owned\x07\x1b[2J");
        QTest::newRow("C1 NEL") << QStringLiteral("x\u0085- cn-hangzhou m-1 Account 111");
        QTest::newRow("line separator") << QStringLiteral("x\u2028- y\u2029z");
    }

    void namesCannotForgeLines() {
        QFETCH(QString, name);
        AuditSnapshot before;
        before.setRegions({hz});
        AuditSnapshot after;
        AuditImageRecord record = image(hz, QStringLiteral("m-1"), {QStringLiteral("111")});
        record.image.imageName = name;
        record.permissions.accounts.append({name, {}}); // in memory nothing checked the principal's shape
        after.setImages({record});
        const AuditDiff diff = AuditDiff::compare(before, after);
        const QString text = diff.toText();
        QCOMPARE(text.count(QLatin1Char('\n')), 3); // +image, and one line per grant
        for (const QChar c : text) {
            if (c != QLatin1Char('\n'))
                QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Separator_Line &&
                             c.category() != QChar::Separator_Paragraph,
                         qPrintable(QString::number(c.unicode(), 16)));
        }
        QVERIFY(text.contains(QChar::ReplacementCharacter));
        QCOMPARE(AuditDiff::plainText(QStringLiteral("生产 web-1 (x)")), QStringLiteral("生产 web-1 (x)"));
    }

    void survivesAFileRoundTrip() {
        AuditSnapshot before;
        before.setImages({image(hz, QStringLiteral("m-1"), {QStringLiteral("111")})});
        AuditSnapshot after;
        after.setImages({image(hz, QStringLiteral("m-1"), {QStringLiteral("111"), QStringLiteral("999")})});
        const auto loadedBefore = AuditSnapshot::fromJson(before.toJson());
        const auto loadedAfter = AuditSnapshot::fromJson(after.toJson());
        QVERIFY(loadedBefore && loadedAfter);
        QCOMPARE(AuditDiff::compare(*loadedBefore, *loadedAfter).toText(),
                 QStringLiteral("+ cn-hangzhou m-1 Account 999\n"));
    }
};

QTEST_GUILESS_MAIN(TestAuditDiff)
#include "tst_auditdiff.moc"
