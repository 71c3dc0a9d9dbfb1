#include "CallSlot.h"

#include "EcsCall.h"

namespace isb {

CallSlot::~CallSlot() {
    cancel();
}

void CallSlot::start(EcsCall *call, const QString &description) {
    cancel();
    m_call = call;
    m_description = description;
    m_done = 0;
    m_total = 0;
}

void CallSlot::cancel() {
    if (EcsCall *call = m_call.data()) {
        m_call.clear();
        call->cancel();
        call->deleteLater();
    }
    m_description.clear();
    m_done = 0;
    m_total = 0;
}

bool CallSlot::finish(EcsCall *call) {
    if (!isCurrent(call))
        return false;
    m_call.clear();
    m_description.clear();
    m_done = 0;
    m_total = 0;
    call->deleteLater();
    return true;
}

void CallSlot::setProgress(int done, int total) {
    m_done = done;
    m_total = total;
}

} // namespace isb
