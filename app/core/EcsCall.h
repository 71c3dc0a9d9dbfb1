#pragma once

#include "EcsError.h"

#include <QObject>

namespace isb {

/// One asynchronous client operation (possibly several HTTP requests: retries, pages). It emits
/// finished() exactly once, unless cancel() was called first: a cancelled call never delivers a result.
/// The caller owns the object (it is parented to the client until then); delete it with deleteLater().
class EcsCall : public QObject {
    Q_OBJECT
public:
    explicit EcsCall(QObject *parent = nullptr);
    /// Deleting an unfinished call cancels it.
    ~EcsCall() override;

    /// Aborts every request of this call. finished() will not be emitted afterwards.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const EcsError &error() const { return m_error; }
    /// RequestId of the last answer received (success or error).
    QString lastRequestId() const { return m_lastRequestId; }

    // Used by EcsClient to drive the call.
    void setLastRequestId(const QString &requestId) { m_lastRequestId = requestId; }
    void finishWithError(const EcsError &error);
    void finishSuccessfully();

Q_SIGNALS:
    void finished();
    /// For calls that fetch several pages: pages done of the total known so far.
    void progress(int done, int total);
    /// Emitted before waiting to retry a failed attempt (e.g. throttling), so a UI or a pool can react.
    void retrying(const isb::EcsError &error, int attempt, int delayMs);
    /// Internal: cancel() asks the running requests to abort.
    void cancelRequested();

private:
    bool m_finished = false;
    bool m_cancelled = false;
    EcsError m_error;
    QString m_lastRequestId;
};

/// A call with a typed result, valid once finished() has been emitted without error.
template<typename T> class EcsResultCall final : public EcsCall {
public:
    using EcsCall::EcsCall;
    const T &result() const { return m_result; }
    void setResult(T result) { m_result = std::move(result); }

private:
    T m_result{};
};

} // namespace isb
