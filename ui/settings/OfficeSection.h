#pragma once

#include "SettingsSection.h"

#include "domain/OfficeSettings.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace Kohtaamo {

class EuroAmountEdit;
class OfficeService;
class SectionMessage;
struct OfficeChange;

// The office's own settings, stored in its database for every coordinator: the largest fee one worker can be paid
// for one engagement (a request or an outcome above it is refused as a slip). Admins change it; others read it.
class OfficeSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit OfficeSection(QWidget *parent = nullptr);

    QString title() const override;
    void setOffice(OfficeService *office) override;
    // Saves what the form holds; false (and a message) when refused.
    bool save();

    EuroAmountEdit *maxFeeEdit() const { return m_maxFee; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    SectionMessage *message() const { return m_message; }

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    // Every zone the system knows, by its IANA id (typing the first letters finds one), with its offset now: filled
    // when the section is first shown (naming 600 zones costs a noticeable part of the window's start); until then the
    // box holds the office's zone alone.
    void fillZones();
    static QString zoneText(const QByteArray &id);
    void reload();
    void onChanged(const OfficeChange &change);
    void updateState();

    QPointer<OfficeService> m_office; // the window may close the office first
    OfficeSettings m_loaded;
    bool m_zonesFilled = false;
    QLabel *m_maxFeeLabel = nullptr;
    EuroAmountEdit *m_maxFee = nullptr;
    QLabel *m_maxFeeHelp = nullptr;
    QLabel *m_timeZoneLabel = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_timeZoneHelp = nullptr;
    QPushButton *m_save = nullptr;
    SectionMessage *m_message = nullptr;
};

} // namespace Kohtaamo
