#include "ErrorDialog.h"

#include "ui_ErrorDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QStyle>
#include <QUrl>

namespace isb {

ErrorDialog::ErrorDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ErrorDialog>()) {
    m_ui->setupUi(this);
    const int extent = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()
                                   ->standardIcon(QStyle::SP_MessageBoxCritical)
                                   .pixmap(QSize(extent, extent), devicePixelRatioF()));

    m_retryButton = m_ui->buttonBox->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_copyButton = m_ui->buttonBox->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyDetailsButton"));
    // ActionRole: the button box would treat an AcceptRole button as Retry.
    m_credentialsButton = m_ui->buttonBox->addButton(tr("&Open Credentials…"), QDialogButtonBox::ActionRole);
    m_credentialsButton->setObjectName(QStringLiteral("openCredentialsButton"));
    m_credentialsButton->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    connect(m_copyButton, &QPushButton::clicked, this, &ErrorDialog::copyDetails);
    connect(m_credentialsButton, &QPushButton::clicked, this, [this] {
        // Closed first, so that the credentials dialog never opens on top of this one.
        accept();
        Q_EMIT credentialsRequested();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        accept();
        Q_EMIT retryRequested();
    });
}

ErrorDialog::~ErrorDialog() = default;

void ErrorDialog::setError(const QString &failure, const EcsError &error) {
    m_failure = failure;
    m_error = error;

    setWindowTitle(failure);
    m_ui->failureLabel->setText(failure);
    m_ui->adviceLabel->setText(adviceFor(error));

    const QString none = tr("(none)");
    // A failure without the service's Code (network, timeout ...) shows its kind, as every list of errors
    // does.
    m_ui->codeValue->setText(error.shortCode());
    m_ui->messageValue->setText(error.message.isEmpty() ? none : error.message);
    m_ui->httpStatusValue->setText(error.httpStatus > 0 ? QString::number(error.httpStatus)
                                                        : tr("(no HTTP answer)"));
    m_ui->requestIdValue->setText(error.requestId.isEmpty() ? none : error.requestId);

    // Only web links are made clickable: the server chooses this text.
    const QUrl recommend(error.recommend, QUrl::StrictMode);
    const bool linkable =
        recommend.isValid() && !recommend.host().isEmpty() &&
        (recommend.scheme() == QLatin1String("https") || recommend.scheme() == QLatin1String("http"));
    m_ui->recommendLabel->setVisible(linkable);
    m_ui->recommendCaption->setVisible(linkable);
    if (linkable) {
        m_ui->recommendLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                          .arg(recommend.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                               recommend.toDisplayString().toHtmlEscaped()));
    }

    m_retryButton->setVisible(error.isRetryable());
    m_credentialsButton->setVisible(offersCredentials(error));
    QPushButton *defaultButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    if (error.isRetryable())
        defaultButton = m_retryButton;
    else if (offersCredentials(error))
        defaultButton = m_credentialsButton;
    defaultButton->setDefault(true);
    defaultButton->setFocus();
    adjustSize();
}

void ErrorDialog::setAdvice(const QString &advice) {
    m_ui->adviceLabel->setText(advice);
    adjustSize();
}

bool ErrorDialog::isRetryOffered() const {
    return m_error.isRetryable();
}

bool ErrorDialog::isCredentialsOffered() const {
    return offersCredentials(m_error);
}

bool ErrorDialog::offersCredentials(const EcsError &error) {
    return error.isAuthenticationError() || error.code == QLatin1String("MissingCredentials");
}

QString ErrorDialog::detailsText() const {
    QStringList lines{m_failure};
    lines << tr("Code: %1").arg(m_error.shortCode());
    lines << tr("Message: %1").arg(m_error.message);
    lines << tr("HTTP status: %1")
                 .arg(m_error.httpStatus > 0 ? QString::number(m_error.httpStatus) : QString());
    lines << tr("Request ID: %1").arg(m_error.requestId);
    if (!m_error.recommend.isEmpty())
        lines << tr("Recommend: %1").arg(m_error.recommend);
    return lines.join(QLatin1Char('\n'));
}

void ErrorDialog::copyDetails() {
    QGuiApplication::clipboard()->setText(detailsText());
    m_copyButton->setText(tr("&Copied"));
}

QString ErrorDialog::credentialsAdvice() {
    return tr("Open File > Credentials… (Ctrl+K): there you can enter or correct an AccessKey, test it and "
              "save it as a profile in the system keychain, or choose another saved profile.") +
           QStringLiteral("\n\n") +
           tr("Alternatively, set the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and "
              "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for temporary STS "
              "credentials), then start the program again.");
}

QString ErrorDialog::adviceFor(const EcsError &error) {
    using Kind = EcsError::Kind;
    const QString code = error.code;

    if (code == QLatin1String("MissingCredentials"))
        return tr("No AccessKey is configured.") + QStringLiteral("\n\n") + credentialsAdvice();
    if (error.isAuthenticationError()) {
        QString what;
        if (code.startsWith(QLatin1String("InvalidAccessKeyId.Inactive")))
            what = tr(
                "Alibaba Cloud says this AccessKey is disabled. Enable it in the RAM console or use another "
                "one.");
        else if (code.startsWith(QLatin1String("InvalidAccessKeyId")))
            what = tr(
                "Alibaba Cloud does not know this AccessKey ID. Check that it was copied completely and has "
                "not been deleted.");
        else if (code.startsWith(QLatin1String("InvalidSecurityToken")))
            what =
                tr("The security token of these temporary (STS) credentials is invalid or has expired. Get "
                   "new credentials.");
        else
            what =
                tr("The request signature did not match: the AccessKey Secret is probably wrong (check for "
                   "missing or extra characters).");
        return what + QStringLiteral("\n\n") + credentialsAdvice();
    }
    if (error.isClockSkew())
        return tr(
            "Alibaba Cloud rejected the request because this computer's clock differs from the real time by "
            "more than 15 minutes. Correct the date, time and time zone of this computer (turning on "
            "automatic time synchronization is the surest way), then try again.");
    if (error.kind == Kind::Tls)
        return tr(
            "A secure connection to the server could not be established because its certificate was not "
            "accepted. This happens when a proxy or security software intercepts encrypted traffic, when "
            "this computer's date is wrong, or when the system's certificate store is outdated. For your "
            "safety the program never ignores certificate errors: fix the cause, then try again.");
    if (error.isThrottling())
        return tr(
            "Alibaba Cloud is limiting how fast this account may call the API (throttling). The limit resets "
            "every minute: wait a moment, then choose Retry.");
    if (error.kind == Kind::Timeout)
        return tr("The server did not answer in time. Check your network connection, then choose Retry.");
    if (error.kind == Kind::Network)
        return tr("The server could not be reached. Check your network connection and proxy settings, then "
                  "choose Retry.");
    if (error.kind == Kind::Refused) {
        if (code == QLatin1String("InsecureEndpoint"))
            return tr(
                "Nothing was sent: the endpoint is not safe for signed requests. Use an https:// endpoint.");
        if (code == QLatin1String("NetworkModuleMissing"))
            return tr("Nothing was sent: the program's network module is missing or damaged (details "
                      "below). Reinstall Image Share Browser.");
        return tr("Nothing was sent.");
    }
    if (error.kind == Kind::BadResponse)
        return error.isRetryable()
                   ? tr("The server's answer was incomplete or could not be read. Choose Retry; if "
                        "this keeps happening, a proxy may be altering the traffic.")
                   : tr("The server's answer could not be trusted, so it was not used. If you use "
                        "a proxy, it may be altering the traffic.");
    if (error.isNotFound())
        return tr("The image no longer exists: it may have been deleted or copied away.");
    if (code.startsWith(QLatin1String("Forbidden")))
        return tr(
            "This AccessKey is not allowed to do this. Ask the account's administrator to grant the RAM "
            "permissions ecs:DescribeRegions, ecs:DescribeImages and ecs:DescribeImageSharePermission.");
    if (error.httpStatus >= 500 || error.isRetryable())
        return tr(
            "Alibaba Cloud had a temporary problem. Choose Retry in a moment; if it keeps failing, contact "
            "Alibaba Cloud support with the request ID below.");
    return tr(
        "Alibaba Cloud refused the request. The details below say why; the request ID helps Alibaba Cloud "
        "support find it.");
}

} // namespace isb
