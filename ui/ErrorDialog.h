#pragma once

#include "EcsError.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ErrorDialog;
}

namespace isb {

/// Tells what failed and what to do about it, in plain language, with the server's details (Code, Message,
/// HTTP status, RequestId: what support asks for) selectable and copyable, the Recommend link when the
/// service gave one, Retry when trying again can help, and Open Credentials when the AccessKey is the
/// problem. One dialog per failure: the window makes sure a second failure does not stack another one on
/// top, and the dialog closes before the credentials dialog opens.
class ErrorDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ErrorDialog(QWidget *parent = nullptr);
    ~ErrorDialog() override;

    /// `failure` says what failed ("Could not load the images of cn-hangzhou."). The error must already be
    /// free of secrets; the dialog shows it as it is.
    void setError(const QString &failure, const EcsError &error);
    /// Replaces the advice adviceFor() chose, for failures that are not the service's (an export's file).
    void setAdvice(const QString &advice);
    const EcsError &error() const { return m_error; }

    bool isRetryOffered() const;
    /// offersCredentials() for the error shown.
    bool isCredentialsOffered() const;
    /// What the Copy button puts on the clipboard.
    QString detailsText() const;

    /// The plain-language explanation and advice for `error`.
    static QString adviceFor(const EcsError &error);
    /// Where to fix credentials: the Credentials dialog first, the environment variables as the alternative.
    static QString credentialsAdvice();
    /// True for authentication failures and missing credentials: fixing the profile is the way out.
    static bool offersCredentials(const EcsError &error);

Q_SIGNALS:
    void retryRequested();
    /// Open Credentials… was chosen; the dialog has closed already.
    void credentialsRequested();

private:
    void copyDetails();

    std::unique_ptr<Ui::ErrorDialog> m_ui;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_credentialsButton = nullptr;
    QString m_failure;
    EcsError m_error;
};

} // namespace isb
