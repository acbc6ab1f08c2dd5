#pragma once

#include <QWidget>

class QLabel;

namespace Kohtaamo {

class EngagementTableModel;
class EngagementTableView;

// The "Participation" tab of the meeting outcome: one row per engaged worker (attendance, hours, fee or fee
// declined, travel costs, preparation, debrief with date and by whom), edited in place, and a notice that names
// the workers who took part but have not been debriefed yet, and those whose attendance is still "planned".
class ParticipationPage : public QWidget
{
    Q_OBJECT
public:
    explicit ParticipationPage(QWidget *parent = nullptr);

    EngagementTableModel *model() const { return m_model; }
    EngagementTableView *view() const { return m_view; }
    QLabel *notice() const { return m_notice; }

    // Writes what an open cell editor holds into the model (Save may be pressed while one is open).
    void commitPendingEdit();
    // Selects the cell, scrolls to it and gives it the focus.
    void focusCell(int row, int column);
    // Widths that fit the names, the titles and the editors.
    void fitColumns();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateNotice();

    EngagementTableModel *m_model = nullptr;
    QLabel *m_label = nullptr;
    EngagementTableView *m_view = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Kohtaamo
