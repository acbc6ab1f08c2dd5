#pragma once

#include <QFrame>

class QLabel;

namespace Kohtaamo {

// One number with what it counts, as a tile: "Open requests / 12 / 3 waiting for topics".
// A screen reader reads it as one sentence ("Open requests: 12. 3 waiting for topics").
class CountTile : public QFrame
{
    Q_OBJECT
public:
    explicit CountTile(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValue(int value);
    void setDetail(const QString &detail);

    QString title() const;
    int value() const { return m_count; }
    QString valueText() const;
    QString detail() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleName();

    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
    int m_count = 0;
};

} // namespace Kohtaamo
