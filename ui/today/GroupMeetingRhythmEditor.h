#pragma once

#include "today/GroupMeetingRhythm.h"

#include <QPointer>
#include <QWidget>

class QDateEdit;
class QLabel;
class QSpinBox;

namespace Kohtaamo {

class OfficeService;
struct OfficeChange;

// Edits the office's group meeting rhythm: the first meeting day and every how many days the group meets, with the
// next meetings it gives as a preview. Saving goes through the office service (audited; a change another
// coordinator saved meanwhile is refused and said so; a viewer only reads). What is shown follows the service's
// changes, other coordinators' included, unless it is being edited. For the Today page's dialog and the Settings page.
class GroupMeetingRhythmEditor : public QWidget
{
    Q_OBJECT
public:
    explicit GroupMeetingRhythmEditor(QWidget *parent = nullptr);

    void setOffice(OfficeService *office); // reads the stored rhythm; nullptr: none
    void reload();

    GroupMeetingRhythm rhythm() const; // as edited
    bool hasUnsavedChanges() const;
    // Saves what is shown; on failure the editor says why and returns false.
    bool save();
    QString errorText() const;

signals:
    void saved(const Kohtaamo::GroupMeetingRhythm &rhythm);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();
    void onChanged(const OfficeChange &change);
    void updateRights();

    QPointer<OfficeService> m_office; // the window may close the office first
    bool m_saving = false; // our own save: save() shows its result
    GroupMeetingRhythm m_loaded;
    GroupMeetingRhythm m_shown; // as shown after reading: what "unsaved changes" compare with

    QLabel *m_intro = nullptr;
    QLabel *m_firstLabel = nullptr;
    QDateEdit *m_first = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Kohtaamo
