#pragma once

#include "today/GroupMeetingRhythm.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QSpinBox;

namespace Kohtaamo {

class Database;

// Edits the office's group meeting rhythm: the first meeting day and every how many days the group meets, with the
// next meetings it gives as a preview. Saving goes through GroupMeetingRhythmRepository (audited; a change another
// coordinator saved meanwhile is refused and said so). For the Today page's dialog and the Settings page.
class GroupMeetingRhythmEditor : public QWidget
{
    Q_OBJECT
public:
    explicit GroupMeetingRhythmEditor(QWidget *parent = nullptr);

    void setDatabase(Database *db); // reads the stored rhythm
    void reload();

    GroupMeetingRhythm rhythm() const; // as edited
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

    Database *m_db = nullptr;
    GroupMeetingRhythm m_loaded;

    QLabel *m_intro = nullptr;
    QLabel *m_firstLabel = nullptr;
    QDateEdit *m_first = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Kohtaamo
