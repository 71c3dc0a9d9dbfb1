#pragma once

#include "Credentials.h"
#include "EcsClient.h"
#include "changes/ChangeJournal.h"
#include "changes/SharingChangeRunner.h"
#include "changes/SharingPlan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PlanDialog;
}

namespace isb {

class AccountBook;
class SharingPlanModel;

/// Every sharing change of the window goes through this dialog: it reads the images, shows the plan (each
/// image with the accounts taken away and given, labeled from the account book, and the counts after),
/// refuses a plan that cannot succeed before anything is sent, and applies it only when the button that
/// names the action is pressed (the default button is Cancel). Then it shows each image's verified result,
/// retries the failures, and journals the change before it says it worked. The rules are the core's
/// (SharingPlan, SharingChangeRunner, ChangeJournal); this only displays and asks.
class PlanDialog final : public QDialog {
    Q_OBJECT
public:
    enum class State { Reading, ReadFailed, Refused, NothingToDo, Confirm, Applying, Done };

    /// Who changes what: the window's endpoint options and credentials, and what the journal names.
    struct Context {
        ClientOptions options;
        Credentials credentials;
        QString profileName;
        QString callerAccountId; // the image owner: sharing with it is refused; empty when unknown
    };

    PlanDialog(const Context &context, const AccountBook *book, QWidget *parent = nullptr);
    ~PlanDialog() override;

    /// Reads the images of `requests` and shows the plan; `action` is what the journal records ("share",
    /// "revoke", "undo").
    void start(const QString &action, const QList<SharingRequest> &requests);
    /// Where the change is journaled (default: ChangeJournal::defaultPath()).
    void setJournalPath(const QString &path) { m_journal = ChangeJournal(path); }

    State state() const { return m_state; }
    const SharingPlan &plan() const;
    SharingPlanModel *planModel() const { return m_model; }
    SharingChangeRunner *runner() const { return m_runner.get(); }

    /// The plan's aliyun CLI lines on the clipboard, one per request the change sends.
    void copyCommands();
    /// Cancel: while applying it stops what is queued and in flight (the dialog stays to show what got
    /// through); otherwise it closes the dialog, and nothing is sent.
    void reject() override;

Q_SIGNALS:
    /// A plan was applied (or partly) and journaled: every image's outcome, the state read after it.
    void applied(const QList<isb::ImageChangeOutcome> &outcomes);

private:
    void setState(State state);
    void onPlanReady(const SharingPlan &plan);
    void onReadFailed(const QString &regionId, const QString &imageId, const EcsError &error);
    void confirm();
    void retry();
    void onImageFinished(const ImageChangeOutcome &outcome);
    void onFinished();
    void showProblem(const QString &title, const QString &text);

    std::unique_ptr<Ui::PlanDialog> m_ui;
    Context m_context;
    std::unique_ptr<SharingChangeRunner> m_runner;
    SharingPlanModel *m_model = nullptr;
    ChangeJournal m_journal;
    QString m_action;
    State m_state = State::Reading;
    /// The images the current apply or retry sends (indexes into the runner's outcomes): the journal
    /// entry of a retry holds only these.
    QList<int> m_sent;
    int m_finishedImages = 0;
};

} // namespace isb
