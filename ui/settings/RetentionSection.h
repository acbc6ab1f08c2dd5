#pragma once

#include "SettingsSection.h"

#include "domain/OfficeSettings.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Kohtaamo {

class OfficeService;
class SectionMessage;
struct OfficeChange;

// The office's retention rules (docs/data-protection.md, Retention), stored with the office's settings: after how
// many years a worker who left is erased, and after how many years the audit log's old values lose what is personal
// (0 = off). Due cases appear on an admin's Today for confirmation. Admins change the rules; others read them.
class RetentionSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit RetentionSection(QWidget *parent = nullptr);

    QString title() const override;
    void setOffice(OfficeService *office) override;
    // Saves what the form holds; false (and a message) when refused.
    bool save();

    QSpinBox *leftYearsBox() const { return m_leftYears; }
    QSpinBox *auditYearsBox() const { return m_auditYears; }
    QPushButton *saveButton() const { return m_save; }
    SectionMessage *message() const { return m_message; }

protected:
    void retranslateUi() override;

private:
    void reload();
    void onChanged(const OfficeChange &change);
    void updateState();

    QPointer<OfficeService> m_office;
    OfficeSettings m_loaded;
    QLabel *m_leftLabel = nullptr;
    QSpinBox *m_leftYears = nullptr;
    QLabel *m_leftHelp = nullptr;
    QLabel *m_auditLabel = nullptr;
    QSpinBox *m_auditYears = nullptr;
    QLabel *m_auditHelp = nullptr;
    QPushButton *m_save = nullptr;
    SectionMessage *m_message = nullptr;
};

} // namespace Kohtaamo
