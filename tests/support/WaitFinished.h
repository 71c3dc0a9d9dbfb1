#pragma once

// The client tests' wait for a call against a server (the simulator, a scripted one): EcsClient delivers
// every result from the event loop, so a test spins it until the call says it has finished.
#include "EcsCall.h"

#include <QSignalSpy>

namespace isb::test {

/// True once `call` has finished, false when `timeoutMs` passed first.
inline bool waitFinished(EcsCall *call, int timeoutMs = 10000) {
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &EcsCall::finished);
    return spy.wait(timeoutMs);
}

} // namespace isb::test
