#pragma once

#include "Credentials.h"
#include "EcsClient.h"
#include "EcsSimulator.h"
#include "MainWindow.h"
#include "SimulatorDataset.h"

#include <QStringList>

#include <memory>

class QComboBox;
class QTableView;

namespace isb {

class ErrorDialog;
class SharePermissionPane;

/// The real window against an in-process simulator serving resources/demo-data.json, and the small
/// look-ups the GUI tests share: widgets by objectName, the dataset's expected answers.
class BrowserTestHelper final {
public:
    BrowserTestHelper();
    ~BrowserTestHelper();

    /// Test mode for QStandardPaths (settings away from the user's), the simulator listening.
    bool setUp();
    /// Clears the settings and sets ten accounts per page: the paging tests walk the demo data's image of
    /// 55 accounts page by page (the window's own default is 50, see SettingsKeys::browserPageSizeDefault).
    static void resetSettings();

    EcsSimulator &simulator() { return m_simulator; }
    const SimulatorDataset &dataset() const { return m_dataset; }
    static Credentials demoCredentials();
    /// Options for a fast test: the simulator's URL, one quick retry.
    ClientOptions options() const;

    /// A new window, shown; loading starts when credentials are set.
    MainWindow *openWindow();
    void closeWindow();
    MainWindow *window() const { return m_window.get(); }

    QComboBox *regionCombo() const;
    QTableView *imageView() const;
    SharePermissionPane *pane() const;
    ErrorDialog *errorDialog() const;
    int errorDialogCount() const;

    /// Image IDs in the list, in view order.
    QStringList listedImageIds() const;
    /// AliyunIds in the accounts table.
    QStringList shownAccountIds() const;
    QStringList shownGroups() const;

    /// The dataset's images of a region (every status), and an image's accounts.
    QStringList expectedImageIds(const QString &regionId) const;
    QStringList expectedAccountIds(const QString &imageId, int offset = 0, int count = -1) const;
    QStringList expectedGroups(const QString &imageId) const;
    QString imageIdNamed(const QString &imageName) const;

    void selectRegion(const QString &regionId);
    /// Clicks the image's row (scrolled into view first); false if it is not listed.
    bool clickImage(const QString &imageId);

private:
    EcsSimulator m_simulator;
    SimulatorDataset m_dataset;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace isb
