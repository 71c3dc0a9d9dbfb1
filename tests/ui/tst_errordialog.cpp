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
    void failureWithoutCodeShowsItsKind();
    void copyDetails();
    void recommendLink_data();
    void recommendLink();
    void retryClosesAndSignals();
    void openCredentialsClosesAndSignals();
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
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("credentials");

    // Credential failures point at the Credentials dialog first, the environment variables second.
    const auto credentialsAdvice = [](const QString &what, const QString &variable) {
        return QStringList{what, u"File > Credentials… (Ctrl+K)"_s, u"keychain"_s, variable};
    };
    QTest::newRow("unknown key (404)")
        << apiError(404, u"InvalidAccessKeyId.NotFound"_s)
        << credentialsAdvice(u"does not know this AccessKey ID"_s, u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s) << false
        << true;
    QTest::newRow("inactive key") << apiError(400, u"InvalidAccessKeyId.Inactive"_s)
                                  << credentialsAdvice(u"disabled"_s, u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s)
                                  << false << true;
    QTest::newRow("wrong secret") << apiError(400, u"SignatureDoesNotMatch"_s)
                                  << credentialsAdvice(u"Secret is probably wrong"_s,
                                                       u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s)
                                  << false << true;
    QTest::newRow("incomplete signature")
        << apiError(400, u"IncompleteSignature"_s)
        << credentialsAdvice(u"signature did not match"_s, u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s) << false
        << true;
    QTest::newRow("expired token") << apiError(400, u"InvalidSecurityToken.Expired"_s)
                                   << credentialsAdvice(u"expired"_s, u"ALIBABA_CLOUD_SECURITY_TOKEN"_s)
                                   << false << true;
    QTest::newRow("no credentials") << EcsError::local(EcsError::Kind::Refused, u"No AccessKey"_s,
                                                       u"MissingCredentials"_s)
                                    << credentialsAdvice(u"No AccessKey is configured"_s,
                                                         u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s)
                                    << false << true;
    QTest::newRow("clock") << apiError(400, u"InvalidTimeStamp.Expired"_s) << QStringList{u"clock"_s} << false
                           << false;
    QTest::newRow("tls") << EcsError::local(EcsError::Kind::Tls,
                                            u"The issuer certificate could not be found"_s)
                         << QStringList{u"certificate"_s} << false << false;
    QTest::newRow("throttling") << apiError(400, u"Throttling.User"_s) << QStringList{u"throttling"_s} << true
                                << false;
    QTest::newRow("429") << apiError(429, u"Throttling"_s) << QStringList{u"throttling"_s} << true << false;
    QTest::newRow("503") << apiError(503, u"ServiceUnavailable"_s) << QStringList{u"temporary problem"_s}
                         << true << false;
    QTest::newRow("500") << apiError(500, u"InternalError"_s) << QStringList{u"temporary problem"_s} << true
                         << false;
    QTest::newRow("timeout") << EcsError::local(EcsError::Kind::Timeout, u"No answer"_s)
                             << QStringList{u"in time"_s} << true << false;
    QTest::newRow("network") << EcsError::local(EcsError::Kind::Network, u"Connection refused"_s)
                             << QStringList{u"could not be reached"_s} << true << false;
    QTest::newRow("ram") << apiError(403, u"Forbidden.RAM"_s)
                         << QStringList{u"ecs:DescribeImageSharePermission"_s} << false << false;
    QTest::newRow("insecure endpoint")
        << EcsError::local(EcsError::Kind::Refused, u"Plain http"_s, u"InsecureEndpoint"_s)
        << QStringList{u"https://"_s} << false << false;
    QTest::newRow("network module missing")
        << EcsError::local(EcsError::Kind::Refused, u"Cannot load library"_s, u"NetworkModuleMissing"_s)
        << QStringList{u"network module"_s, u"Reinstall"_s} << false << false;
    QTest::newRow("other api error") << apiError(400, u"InvalidParameter"_s) << QStringList{u"refused"_s}
                                     << false << false;
}

void TestErrorDialog::advice() {
    QFETCH(EcsError, error);
    QFETCH(QStringList, mustContain);
    QFETCH(bool, retry);
    QFETCH(bool, credentials);

    const QString advice = ErrorDialog::adviceFor(error);
    for (const QString &part : std::as_const(mustContain))
        QVERIFY2(advice.contains(part, Qt::CaseInsensitive), qPrintable(part + u" not in: "_s + advice));
    if (credentials) {
        // The dialog is the first way out; the environment variables are the alternative.
        QVERIFY2(advice.indexOf(u"Credentials…"_s) < advice.indexOf(u"ALIBABA_CLOUD_"_s), qPrintable(advice));
    } else {
        QVERIFY2(!advice.contains(u"Ctrl+K"_s), qPrintable(advice));
    }

    ErrorDialog dialog;
    dialog.setError(u"Could not load the images of cn-hangzhou."_s, error);
    dialog.show();
    QCOMPARE(dialog.isRetryOffered(), retry);
    QCOMPARE(dialog.isCredentialsOffered(), credentials);
    auto *retryButton = dialog.findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retryButton);
    QCOMPARE(retryButton->isVisible(), retry);
    auto *credentialsButton = dialog.findChild<QPushButton *>(u"openCredentialsButton"_s);
    QVERIFY(credentialsButton);
    QCOMPARE(credentialsButton->isVisible(), credentials);
    // Enter does what helps most: Retry, else Open Credentials, else Close.
    auto *defaultButton = retry         ? retryButton
                          : credentials ? credentialsButton
                                        : dialog.findChild<QPushButton *>(u"closeButton"_s);
    QVERIFY(defaultButton->isDefault());
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

void TestErrorDialog::failureWithoutCodeShowsItsKind() {
    // No answer, so no Code from the service: the dialog names the kind, as the audit's failure list does.
    ErrorDialog dialog;
    dialog.setError(u"Could not load."_s, EcsError::local(EcsError::Kind::Timeout, u"No answer in 10 s."_s));
    QCOMPARE(dialog.findChild<QLabel *>(u"codeValue"_s)->text(), u"timeout"_s);
    QVERIFY(dialog.detailsText().contains(u"timeout"_s));
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

void TestErrorDialog::openCredentialsClosesAndSignals() {
    ErrorDialog dialog;
    dialog.setError(u"Could not load the list of regions."_s, apiError(400, u"SignatureDoesNotMatch"_s));
    dialog.show();
    QSignalSpy credentials(&dialog, &ErrorDialog::credentialsRequested);
    QSignalSpy retry(&dialog, &ErrorDialog::retryRequested);
    // Emitted only once the dialog is gone: the credentials dialog never opens on top of it.
    bool visibleWhenSignalled = true;
    connect(&dialog, &ErrorDialog::credentialsRequested, &dialog,
            [&] { visibleWhenSignalled = dialog.isVisible(); });
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"openCredentialsButton"_s), Qt::LeftButton);
    QCOMPARE(credentials.count(), 1);
    QCOMPARE(retry.count(), 0);
    QVERIFY(!visibleWhenSignalled);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestErrorDialog)
#include "tst_errordialog.moc"
