#pragma once

#include "SettingsSection.h"
#include "matching/RankingWeights.h"

#include <QPointer>
#include <QVector>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

class QUndoStack;

namespace Kohtaamo {

class OfficeService;
struct OfficeChange;
class SectionMessage;

// The ranking weights: one row per weight with its name, its value and a line on what it does. Save stores them as
// one set through the office service (versioned, audited; admins only: for others the inputs are read-only and say
// why); when another coordinator saved first nothing is overwritten and the section offers to reload. The values
// follow the service's changes, other coordinators' included, unless some are being edited. "Restore defaults" asks
// first. Enter saves, Escape puts back what is stored.
class RankingWeightsSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit RankingWeightsSection(QWidget *parent = nullptr);

    QString title() const override;
    void setOffice(OfficeService *office) override;

    // Reads the stored weights again, dropping unsaved changes.
    void reload();
    // Saved changes go on this stack (Edit ▸ Undo / Redo); nullptr = no undo.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // Stores what is entered; returns whether it was stored.
    bool save();
    // Asks, then puts every weight back to its default; returns whether that was stored.
    bool restoreDefaults();
    // Puts the inputs back to what was read.
    void revert();

    RankingWeights entered() const;
    bool hasUnsavedChanges() const;
    QDoubleSpinBox *input(RankingWeights::Key key) const;
    SectionMessage *message() const { return m_message; }

signals:
    // Stored weights changed: a ranking on screen should be computed again.
    void weightsSaved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslateUi() override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QDoubleSpinBox *input = nullptr;
        QLabel *explanation = nullptr;
    };
    void show(const RankingWeights &weights);
    void updateButtons();
    void showConflict(const QString &text);
    void onChanged(const OfficeChange &change);
    bool mayChange() const;
    void pushUndo(const RankingWeights &before);

    QPointer<OfficeService> m_office; // the window may close the office first
    bool m_saving = false; // our own save: its change is shown by save() itself
    RankingWeights m_stored;
    QUndoStack *m_undoStack = nullptr;
    QVector<Row> m_rows;
    QVector<QLabel *> m_groupLabels; // one per score part, in RankingWeights key order
    QVector<RankingWeights::Key> m_groupFirst;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_defaults = nullptr;
    SectionMessage *m_message = nullptr;
    bool m_showing = false;
};

} // namespace Kohtaamo
