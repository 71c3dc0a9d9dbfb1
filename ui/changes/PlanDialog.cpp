#include "PlanDialog.h"

#include "ui_PlanDialog.h"

#include "MessageBanner.h"
#include "changes/SharingPlanModel.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>

namespace isb {

PlanDialog::PlanDialog(const Context &context, const AccountBook *book, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanDialog>())
    , m_context(context)
    , m_runner(std::make_unique<SharingChangeRunner>())
    , m_model(new SharingPlanModel(this)) {
    m_ui->setupUi(this);
    m_model->setAccountBook(book);
    m_ui->planView->setModel(m_model);
    // The short columns as wide as their content; the accounts and the result share the rest and wrap,
    // so that every account of the plan is readable without scrolling sideways.
    QHeaderView *header = m_ui->planView->horizontalHeader();
    header->setStretchLastSection(false);
    for (const int column : {SharingPlanModel::RegionColumn, SharingPlanModel::ImageIdColumn,
                             SharingPlanModel::ImageNameColumn, SharingPlanModel::AccountsColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (const int column :
         {SharingPlanModel::RemovedColumn, SharingPlanModel::AddedColumn, SharingPlanModel::ResultColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    m_ui->planView->setWordWrap(true);
    m_ui->planView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->planView->verticalHeader()->hide();
    QFont bold = m_ui->summaryLabel->font();
    bold.setBold(true);
    m_ui->summaryLabel->setFont(bold);
    m_ui->problemBanner->setKind(MessageBanner::Kind::Warning);
    m_ui->problemBanner->hide();
    // The safe answer is the one Enter gives: a change happens only when its own button is pressed.
    m_ui->cancelButton->setDefault(true);
    m_ui->confirmButton->setAutoDefault(false);
    m_ui->confirmButton->setDefault(false);

    m_runner->setClientOptions(context.options);
    m_runner->setCredentials(context.credentials);
    connect(m_runner.get(), &SharingChangeRunner::planReady, this, &PlanDialog::onPlanReady);
    connect(m_runner.get(), &SharingChangeRunner::readFailed, this, &PlanDialog::onReadFailed);
    connect(m_runner.get(), &SharingChangeRunner::imageFinished, this, &PlanDialog::onImageFinished);
    connect(m_runner.get(), &SharingChangeRunner::finished, this, &PlanDialog::onFinished);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &PlanDialog::confirm);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &PlanDialog::retry);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PlanDialog::reject);
    connect(m_ui->copyCommandsButton, &QPushButton::clicked, this, &PlanDialog::copyCommands);
    setState(State::Reading);
}

PlanDialog::~PlanDialog() = default;

const SharingPlan &PlanDialog::plan() const {
    return m_model->plan();
}

void PlanDialog::start(const QString &action, const QList<SharingRequest> &requests) {
    m_action = action;
    setState(State::Reading);
    m_ui->statusLabel->setText(
        tr("Reading the current grants of %n image(s)…", nullptr, int(requests.size())));
    m_runner->readPlan(requests, m_context.callerAccountId);
}

void PlanDialog::setState(State state) {
    m_state = state;
    const bool confirmable = state == State::Confirm;
    m_ui->confirmButton->setVisible(state != State::Done && state != State::Applying);
    m_ui->confirmButton->setEnabled(confirmable);
    if (!confirmable)
        m_ui->confirmButton->setText(tr("Apply"));
    m_ui->copyCommandsButton->setEnabled(!plan().isEmpty() && !plan().isRefused());
    m_ui->retryButton->setVisible(state == State::Done);
    m_ui->retryButton->setEnabled(state == State::Done && !m_runner->allVerified());
    const bool busy = state == State::Reading || state == State::Applying;
    m_ui->progressBar->setVisible(busy);
    // Cancel stops what runs; once nothing runs or is asked it only closes the dialog.
    m_ui->cancelButton->setText(state == State::Done || state == State::ReadFailed ||
                                        state == State::Refused || state == State::NothingToDo
                                    ? tr("Close")
                                    : tr("Cancel"));
    if (state == State::Reading)
        m_ui->progressBar->setRange(0, 0);
}

void PlanDialog::showProblem(const QString &title, const QString &text) {
    m_ui->problemBanner->setMessage(title, text);
    m_ui->problemBanner->show();
}

void PlanDialog::onPlanReady(const SharingPlan &plan) {
    m_model->setPlan(plan);
    m_ui->summaryLabel->setText(plan.summary());
    if (plan.isRefused()) {
        QStringList lines;
        for (const SharingRefusal &refusal : plan.refusals())
            lines << refusal.message();
        showProblem(tr("This change cannot be made"), lines.join(QLatin1Char('\n')));
        m_ui->statusLabel->setText(tr("Refused before anything was sent: nothing was changed."));
        setState(State::Refused);
        return;
    }
    if (plan.isEmpty()) {
        m_ui->statusLabel->setText(tr("Every image is already as asked: there is nothing to send."));
        setState(State::NothingToDo);
        return;
    }
    m_ui->statusLabel->setText(
        tr("Nothing has been sent yet. Check the plan, then press \"%1\".").arg(plan.summary()));
    setState(State::Confirm);
    m_ui->confirmButton->setText(plan.summary());
}

void PlanDialog::onReadFailed(const QString &regionId, const QString &imageId, const EcsError &error) {
    const QString where = imageId.isEmpty()
                              ? tr("The regions could not be read")
                              : tr("%1 %2 could not be read", "region, image").arg(regionId, imageId);
    showProblem(where, ImageChangeOutcome::errorText(error));
    m_ui->statusLabel->setText(tr("Nothing was changed."));
    setState(State::ReadFailed);
}

void PlanDialog::confirm() {
    if (m_state != State::Confirm)
        return;
    m_sent.clear();
    const QList<ImageSharingChange> changes = plan().changes();
    for (int i = 0; i < changes.size(); ++i)
        m_sent.append(i);
    m_finishedImages = 0;
    m_ui->progressBar->setRange(0, int(changes.size()));
    m_ui->progressBar->setValue(0);
    setState(State::Applying);
    m_ui->statusLabel->setText(tr("Applying and verifying…"));
    m_runner->apply(plan());
}

void PlanDialog::retry() {
    if (m_state != State::Done)
        return;
    m_sent.clear();
    const QList<ImageChangeOutcome> &outcomes = m_runner->outcomes();
    for (int i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i).status != ImageChangeOutcome::Status::Verified)
            m_sent.append(i);
    }
    m_ui->problemBanner->hide();
    m_finishedImages = 0;
    m_ui->progressBar->setRange(0, int(m_sent.size()));
    m_ui->progressBar->setValue(0);
    setState(State::Applying);
    m_ui->statusLabel->setText(tr("Retrying %n image(s)…", nullptr, int(m_sent.size())));
    if (m_runner->retryFailed() == 0)
        setState(State::Done);
}

void PlanDialog::onImageFinished(const ImageChangeOutcome &outcome) {
    m_model->setOutcome(outcome);
    m_ui->progressBar->setValue(++m_finishedImages);
}

void PlanDialog::onFinished() {
    if (m_state != State::Applying)
        return;
    QList<ImageChangeOutcome> sent;
    for (int i : std::as_const(m_sent))
        sent.append(m_runner->outcomes().at(i));
    // On disk before anything says it worked.
    const JournalEntry entry = JournalEntry::fromOutcomes(
        m_action, m_context.profileName, m_context.callerAccountId, m_runner->endpoint(), sent);
    QString journalError;
    const bool journaled = m_journal.append(entry, &journalError);

    int verified = 0;
    int forbidden = 0;
    int failed = 0;
    for (const ImageChangeOutcome &outcome : std::as_const(sent)) {
        if (outcome.status == ImageChangeOutcome::Status::Verified)
            ++verified;
        else if (ImageChangeOutcome::isPermissionMissing(outcome.error))
            ++forbidden;
        else
            ++failed;
    }
    setState(State::Done);
    if (!journaled) {
        showProblem(tr("The change was made but not journaled"), journalError);
    } else if (forbidden > 0) {
        showProblem(
            tr("This key is not allowed to change sharing"),
            tr("The RAM permission ecs:ModifyImageSharePermission is missing for this key: it may "
               "read who can launch an image, but not change it. Ask an administrator to grant it, or "
               "use a key that has it."));
    } else if (failed > 0) {
        showProblem(
            tr("%n image(s) not changed as planned", nullptr, failed),
            tr("Each image's result says why. Retry Failed plans them again from what is there now."));
    }
    if (verified == 0 && forbidden == int(sent.size()))
        m_ui->statusLabel->setText(tr("Nothing was changed."));
    else
        //: After a change: %1 images verified of %2; the journal's file.
        m_ui->statusLabel->setText(tr("%1 of %2 image(s) changed and verified; recorded in %3")
                                       .arg(verified)
                                       .arg(sent.size())
                                       .arg(QDir::toNativeSeparators(m_journal.path())));
    Q_EMIT applied(sent);
}

void PlanDialog::copyCommands() {
    const QStringList lines = plan().aliyunCliCommands();
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void PlanDialog::reject() {
    // Cancel while applying stops what is queued and in flight; what already went through is verified
    // as far as it got and journaled (onFinished), and the dialog stays to show it.
    if (m_state == State::Applying) {
        m_runner->cancel();
        return;
    }
    m_runner->cancel();
    QDialog::reject();
}

} // namespace isb
