#include "EcsCall.h"

namespace isb {

EcsCall::EcsCall(QObject *parent)
    : QObject(parent) {}

EcsCall::~EcsCall() {
    cancel();
}

void EcsCall::cancel() {
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_error = EcsError::local(EcsError::Kind::Cancelled, tr("The operation was cancelled."));
    Q_EMIT cancelRequested();
}

void EcsCall::finishWithError(const EcsError &error) {
    if (m_finished || m_cancelled)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

void EcsCall::finishSuccessfully() {
    if (m_finished || m_cancelled)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace isb
