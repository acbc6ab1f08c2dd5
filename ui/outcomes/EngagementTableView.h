#pragma once

#include <QTableView>

namespace Kohtaamo {

// The participation table. Besides what QTableView does, it can finish an edit in progress, so that Save takes the
// value of a cell the coordinator is still typing in.
class EngagementTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EngagementTableView(QWidget *parent = nullptr);

    // Writes the open editor's value into the model and closes it; nothing when no cell is being edited.
    void commitOpenEditor();
};

} // namespace Kohtaamo
