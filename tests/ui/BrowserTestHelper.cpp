#include "BrowserTestHelper.h"

#include "ErrorDialog.h"
#include "ImageTableModel.h"
#include "RegionListModel.h"
#include "SettingsKeys.h"
#include "ShareGroupTableModel.h"
#include "SharePermissionPane.h"
#include "SharedAccountTableModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace isb {

BrowserTestHelper::BrowserTestHelper() = default;

BrowserTestHelper::~BrowserTestHelper() {
    closeWindow();
}

bool BrowserTestHelper::setUp() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ImageShareBrowserTests"_s);
    QCoreApplication::setApplicationName(u"image-share-browser-tests"_s);
    resetSettings();

    const QString path = QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json");
    QString error;
    const auto dataset = SimulatorDataset::fromFile(path, &error);
    if (!dataset) {
        qWarning("demo data: %s", qPrintable(error));
        return false;
    }
    m_dataset = *dataset;
    m_simulator.loadDataset(m_dataset);
    return m_simulator.listen(QHostAddress::LocalHost);
}

void BrowserTestHelper::resetSettings() {
    QSettings settings;
    settings.clear();
    settings.setValue(QString(SettingsKeys::browserPageSize), 10);
}

Credentials BrowserTestHelper::demoCredentials() {
    Credentials credentials;
    credentials.accessKeyId = u"LTAI5tDemoReadOnly0001"_s;
    credentials.accessKeySecret = u"demo-secret-not-a-real-key"_s;
    return credentials;
}

ClientOptions BrowserTestHelper::options() const {
    ClientOptions options;
    options.endpointOverride = m_simulator.url();
    options.maxRetries = 1;
    options.retryBaseDelay = std::chrono::milliseconds(5);
    options.retryMaxDelay = std::chrono::milliseconds(20);
    options.timeout = std::chrono::milliseconds(8000);
    return options;
}

MainWindow *BrowserTestHelper::openWindow() {
    closeWindow();
    m_window = std::make_unique<MainWindow>(options());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return m_window.get();
}

void BrowserTestHelper::closeWindow() {
    if (m_window) {
        m_window->close(); // saves the settings, as a user closing it would
        m_window.reset();
    }
}

QComboBox *BrowserTestHelper::regionCombo() const {
    return m_window->findChild<QComboBox *>(u"regionCombo"_s);
}

QTableView *BrowserTestHelper::imageView() const {
    return m_window->findChild<QTableView *>(u"imageView"_s);
}

SharePermissionPane *BrowserTestHelper::pane() const {
    return m_window->findChild<SharePermissionPane *>(u"sharePane"_s);
}

ErrorDialog *BrowserTestHelper::errorDialog() const {
    return m_window->findChild<ErrorDialog *>(u"errorDialog"_s);
}

int BrowserTestHelper::errorDialogCount() const {
    return int(m_window->findChildren<ErrorDialog *>().size());
}

QStringList BrowserTestHelper::listedImageIds() const {
    QStringList ids;
    const QAbstractItemModel *model = imageView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ImageTableModel::ImageIdRole).toString();
    return ids;
}

QStringList BrowserTestHelper::shownAccountIds() const {
    QStringList ids;
    for (const SharedAccount &account : pane()->accountsModel()->accounts())
        ids << account.aliyunId;
    return ids;
}

QStringList BrowserTestHelper::shownGroups() const {
    return pane()->groupsModel()->groups();
}

QStringList BrowserTestHelper::expectedImageIds(const QString &regionId) const {
    QStringList ids;
    for (const SimImage &image : m_dataset.images()) {
        if (image.regionId == regionId)
            ids << image.imageId;
    }
    return ids;
}

QStringList BrowserTestHelper::expectedAccountIds(const QString &imageId, int offset, int count) const {
    QStringList ids;
    const SimImage *image = m_dataset.findImage(imageId);
    if (!image)
        return ids;
    for (const SimSharedAccount &account : image->accounts)
        ids << account.aliyunId;
    return ids.mid(offset, count);
}

QStringList BrowserTestHelper::expectedGroups(const QString &imageId) const {
    const SimImage *image = m_dataset.findImage(imageId);
    return image ? image->shareGroups : QStringList();
}

QString BrowserTestHelper::imageIdNamed(const QString &imageName) const {
    // Every account's images: the ones other accounts share with the caller's have names too.
    for (const SimImage *image : m_dataset.allImages()) {
        if (image->imageName == imageName)
            return image->imageId;
    }
    return {};
}

void BrowserTestHelper::selectRegion(const QString &regionId) {
    QComboBox *combo = regionCombo();
    combo->setCurrentIndex(combo->findData(regionId, RegionListModel::RegionIdRole));
}

bool BrowserTestHelper::clickImage(const QString &imageId) {
    QTableView *view = imageView();
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ImageTableModel::NameColumn);
        if (index.data(ImageTableModel::ImageIdRole).toString() != imageId)
            continue;
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        return true;
    }
    return false;
}

} // namespace isb
