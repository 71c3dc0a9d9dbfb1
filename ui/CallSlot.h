#pragma once

#include <QPointer>
#include <QString>

namespace isb {

class EcsCall;

/// The one call of a kind (regions, images, share permission) whose answer the window still wants.
/// Starting a new call cancels the one before: EcsCall never delivers after cancel(), so a late answer
/// for an old selection can never overwrite the tables of a newer one. The slot also remembers what the
/// call is doing, for the status bar.
class CallSlot final {
public:
    CallSlot() = default;
    ~CallSlot();
    CallSlot(const CallSlot &) = delete;
    CallSlot &operator=(const CallSlot &) = delete;

    /// Cancels the current call, if any, and takes `call`.
    void start(EcsCall *call, const QString &description);
    /// Cancels the current call, if any.
    void cancel();
    /// Called from the finished() handler: true if `call` is the current call, which is then released
    /// (deleted later, so the handler may still read its result).
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
    QPointer<EcsCall> m_call;
    QString m_description;
    int m_done = 0;
    int m_total = 0;
};

} // namespace isb
