#include "LatestCall.h"

#include "EcsCall.h"

namespace isb {

LatestCall::~LatestCall() {
    cancel();
}

void LatestCall::start(EcsCall *call, const QString &description) {
    cancel();
    m_call = call;
    m_description = description;
}

bool LatestCall::cancel() {
    EcsCall *call = m_call.data();
    clear();
    if (!call)
        return false;
    call->cancel();
    call->deleteLater();
    return true;
}

bool LatestCall::finish(EcsCall *call) {
    if (!isCurrent(call))
        return false;
    clear();
    call->deleteLater();
    return true;
}

void LatestCall::setProgress(int done, int total) {
    m_done = done;
    m_total = total;
}

void LatestCall::clear() {
    m_call.clear();
    m_description.clear();
    m_done = 0;
    m_total = 0;
}

} // namespace isb
