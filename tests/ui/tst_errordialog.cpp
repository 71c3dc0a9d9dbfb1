#include "ErrorDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

class TestErrorDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void advice_data();
    void advice();
    void showsDetailsSelectable();
    void copyDetails();
    void recommendLink_data();
    void recommendLink();
    void retryClosesAndSignals();
};

static EcsError apiError(int status, const QString &code, const QString &message = u"message text"_s) {
    EcsError error;
    error.kind = EcsError::Kind::Api;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    error.requestId = u"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"_s;
    return error;
}

void TestErrorDialog::advice_data() {
    QTest::addColumn<EcsError>("error");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<bool>("retry");

    QTest::newRow("unknown key (404)")
        << apiError(404, u"InvalidAccessKeyId.NotFound"_s) << u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s << false;
    QTest::newRow("inactive key") << apiError(400, u"InvalidAccessKeyId.Inactive"_s) << u"disabled"_s
                                  << false;
    QTest::newRow("wrong secret") << apiError(400, u"SignatureDoesNotMatch"_s)
                                  << u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s << false;
    QTest::newRow("expired token") << apiError(400, u"InvalidSecurityToken.Expired"_s)
                                   << u"ALIBABA_CLOUD_SECURITY_TOKEN"_s << false;
    QTest::newRow("no credentials") << EcsError::local(EcsError::Kind::Refused, u"No AccessKey"_s,
                                                       u"MissingCredentials"_s)
                                    << u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s << false;
    QTest::newRow("clock") << apiError(400, u"InvalidTimeStamp.Expired"_s) << u"clock"_s << false;
    QTest::newRow("tls") << EcsError::local(EcsError::Kind::Tls,
                                            u"The issuer certificate could not be found"_s)
                         << u"certificate"_s << false;
    QTest::newRow("throttling") << apiError(400, u"Throttling.User"_s) << u"throttling"_s << true;
    QTest::newRow("429") << apiError(429, u"Throttling"_s) << u"throttling"_s << true;
    QTest::newRow("503") << apiError(503, u"ServiceUnavailable"_s) << u"temporary problem"_s << true;
    QTest::newRow("500") << apiError(500, u"InternalError"_s) << u"temporary problem"_s << true;
    QTest::newRow("timeout") << EcsError::local(EcsError::Kind::Timeout, u"No answer"_s) << u"in time"_s
                             << true;
    QTest::newRow("network") << EcsError::local(EcsError::Kind::Network, u"Connection refused"_s)
                             << u"could not be reached"_s << true;
    QTest::newRow("ram") << apiError(403, u"Forbidden.RAM"_s) << u"ecs:DescribeImageSharePermission"_s
                         << false;
    QTest::newRow("insecure endpoint")
        << EcsError::local(EcsError::Kind::Refused, u"Plain http"_s, u"InsecureEndpoint"_s) << u"https://"_s
        << false;
    QTest::newRow("other api error") << apiError(400, u"InvalidParameter"_s) << u"refused"_s << false;
}

void TestErrorDialog::advice() {
    QFETCH(EcsError, error);
    QFETCH(QString, mustContain);
    QFETCH(bool, retry);

    const QString advice = ErrorDialog::adviceFor(error);
    QVERIFY2(advice.contains(mustContain, Qt::CaseInsensitive), qPrintable(advice));

    ErrorDialog dialog;
    dialog.setError(u"Could not load the images of cn-hangzhou."_s, error);
    dialog.show();
    QCOMPARE(dialog.isRetryOffered(), retry);
    auto *retryButton = dialog.findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retryButton);
    QCOMPARE(retryButton->isVisible(), retry);
    QCOMPARE(dialog.findChild<QLabel *>(u"adviceLabel"_s)->text(), advice);
    QCOMPARE(dialog.windowTitle(), u"Could not load the images of cn-hangzhou."_s);
}

void TestErrorDialog::showsDetailsSelectable() {
    ErrorDialog dialog;
    EcsError error = apiError(404, u"InvalidImageId.NotFound"_s, u"The specified image does not exist."_s);
    dialog.setError(u"Could not load."_s, error);
    const QList<QPair<QString, QString>> expected = {
        {u"codeValue"_s, u"InvalidImageId.NotFound"_s},
        {u"messageValue"_s, u"The specified image does not exist."_s},
        {u"httpStatusValue"_s, u"404"_s},
        {u"requestIdValue"_s, u"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"_s},
    };
    for (const auto &[name, text] : expected) {
        const auto *label = dialog.findChild<QLabel *>(name);
        QVERIFY2(label, qPrintable(name));
        QCOMPARE(label->text(), text);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    }
    // A message from the server is shown as text, never interpreted as markup.
    error.message = u"<b>bold</b>"_s;
    dialog.setError(u"Could not load."_s, error);
    QCOMPARE(dialog.findChild<QLabel *>(u"messageValue"_s)->textFormat(), Qt::PlainText);
}

void TestErrorDialog::copyDetails() {
    ErrorDialog dialog;
    EcsError error = apiError(400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s);
    error.recommend = u"https://api.aliyun.com/troubleshoot?q=Throttling.User"_s;
    dialog.setError(u"Could not load the share permissions of m-1."_s, error);
    auto *copy = dialog.findChild<QPushButton *>(u"copyDetailsButton"_s);
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    for (const QString &part : {u"Could not load the share permissions of m-1."_s, u"Throttling.User"_s,
                                u"Request was denied due to user flow control."_s, u"400"_s,
                                u"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"_s, error.recommend}) {
        QVERIFY2(text.contains(part), qPrintable(part));
    }
    QCOMPARE(text, dialog.detailsText());
}

void TestErrorDialog::recommendLink_data() {
    QTest::addColumn<QString>("recommend");
    QTest::addColumn<bool>("shown");
    QTest::newRow("https") << u"https://api.aliyun.com/troubleshoot?q=Throttling&r=1"_s << true;
    QTest::newRow("none") << QString() << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
}

void TestErrorDialog::recommendLink() {
    QFETCH(QString, recommend);
    QFETCH(bool, shown);
    ErrorDialog dialog;
    EcsError error = apiError(400, u"Throttling"_s);
    error.recommend = recommend;
    dialog.setError(u"Could not load."_s, error);
    dialog.show();
    const auto *label = dialog.findChild<QLabel *>(u"recommendLabel"_s);
    QCOMPARE(label->isVisible(), shown);
    if (shown) {
        QVERIFY(label->openExternalLinks());
        QVERIFY(label->text().startsWith(
            u"<a href=\"https://api.aliyun.com/troubleshoot?q=Throttling&amp;r=1\">"_s));
    }
}

void TestErrorDialog::retryClosesAndSignals() {
    ErrorDialog dialog;
    dialog.setError(u"Could not load."_s, apiError(503, u"ServiceUnavailable"_s));
    dialog.show();
    QSignalSpy retry(&dialog, &ErrorDialog::retryRequested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QCOMPARE(retry.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    ErrorDialog other;
    other.setError(u"Could not load."_s, apiError(503, u"ServiceUnavailable"_s));
    other.show();
    QSignalSpy noRetry(&other, &ErrorDialog::retryRequested);
    QTest::mouseClick(other.findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QCOMPARE(noRetry.count(), 0);
    QVERIFY(!other.isVisible());
}

QTEST_MAIN(TestErrorDialog)
#include "tst_errordialog.moc"
