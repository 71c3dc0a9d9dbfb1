#pragma once

#include <QPointer>
#include <QString>

namespace isb {

class EcsCall;

/// The one call of a kind (the regions, the images, a share permission page, a connection test) whose
/// answer its owner still wants: the latest call of its kind wins. start() cancels the call before, and
/// EcsCall never delivers after cancel(), so a late answer for an old request can never overwrite what a
/// newer one shows. The rule also remembers what the call is doing and how far it got, for a status bar.
/// The owner holds one LatestCall per kind; destroying it cancels the call in flight.
class LatestCall final {
public:
    LatestCall() = default;
    ~LatestCall();
    LatestCall(const LatestCall &) = delete;
    LatestCall &operator=(const LatestCall &) = delete;

    /// Cancels the current call, if any, and takes `call` (deleted later once finished or cancelled).
    void start(EcsCall *call, const QString &description = {});
    /// Cancels the current call, if any. Returns whether there was one.
    bool cancel();
    /// Called from the finished() handler: true if `call` is the current call, which is then released
    /// (deleted later, so the handler may still read its result). False for a call that was replaced.
    bool finish(EcsCall *call);

    bool isActive() const { return !m_call.isNull(); }
    bool isCurrent(const EcsCall *call) const { return call && m_call.data() == call; }
    const QString &description() const { return m_description; }
    void setDescription(const QString &description) { m_description = description; }

    /// Progress of a call that fetches several pages; total 0 when unknown.
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; }
    void setProgress(int done, int total);

private:
    void clear();

    QPointer<EcsCall> m_call;
    QString m_description;
    int m_done = 0;
    int m_total = 0;
};

} // namespace isb
