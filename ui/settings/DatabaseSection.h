#pragma once

#include "SettingsSection.h"
#include "office/DatabaseLocation.h"

#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kohtaamo {

class SectionMessage;

// Which database Kohtaamo uses: an SQLite file (one coordinator) or a shared PostgreSQL database. The address is
// checked as it is typed (DatabaseLocation::parse); "Test Connection" really opens it (OfficeService::inspect,
// read-only, nothing created or upgraded) and says what it found; only a tested address can be used. "Use This
// Database" emits openDatabaseRequested: the main window opens it and remembers it for the next start.
class DatabaseSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit DatabaseSection(QWidget *parent = nullptr);

    QString title() const override;
    // The office in use, to name it (nullptr: none).
    void setOffice(OfficeService *office) override;

    // Opens the address to see whether it can be used; returns whether it can. Says what it found.
    bool testConnection();
    // Emits openDatabaseRequested for the tested address.
    void useTested();

    QLineEdit *addressInput() const { return m_address; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *useButton() const { return m_use; }
    SectionMessage *message() const { return m_message; }

signals:
    void openDatabaseRequested(const Kohtaamo::DatabaseLocation &location);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslateUi() override;

private:
    void browse();
    void onEdited();
    void updateCurrent();

    std::optional<DatabaseLocation> m_inUse; // the office's database
    QString m_search; // which search its inbox uses (OfficeService::searchInUse)
    std::optional<DatabaseLocation> m_parsed;
    std::optional<DatabaseLocation> m_tested; // the address that passed the test, until it is edited
    QLabel *m_currentLabel = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_problem = nullptr;
    SectionMessage *m_message = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_use = nullptr;
};

} // namespace Kohtaamo
