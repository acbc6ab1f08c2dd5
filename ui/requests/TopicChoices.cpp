#include "TopicChoices.h"

#include "IndentedItemDelegate.h"

#include <QComboBox>
#include <QHash>
#include <QSet>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>
#include <functional>
#include <tuple>

namespace Kohtaamo {

namespace {
constexpr int kDepthRole = Qt::UserRole + 1;
}

void TopicChoices::prepare(QComboBox *combo)
{
    combo->setModel(new QStandardItemModel(combo));
    combo->setItemDelegate(new IndentedItemDelegate(kDepthRole, combo));
    combo->setMaxVisibleItems(20);
}

void TopicChoices::fill(QComboBox *combo, const QVector<Topic> &topics, const QString &language, const QString &allText,
                        const QString &retiredFormat)
{
    const qint64 current = combo->currentData().toLongLong();
    auto *model = static_cast<QStandardItemModel *>(combo->model());
    const QSignalBlocker block(combo);
    model->clear();
    auto *all = new QStandardItem(allText);
    all->setData(qint64(0), Qt::UserRole);
    model->appendRow(all);

    QHash<qint64, QVector<const Topic *>> children;
    QSet<qint64> known;
    for (const Topic &t : topics)
        known.insert(t.id);
    for (const Topic &t : topics)
        children[known.contains(t.parentId) ? t.parentId : 0].append(&t);
    for (auto &list : children) {
        std::stable_sort(list.begin(), list.end(), [](const Topic *a, const Topic *b) {
            return std::make_tuple(a->retired, a->sortOrder, a->id) < std::make_tuple(b->retired, b->sortOrder, b->id);
        });
    }
    int row = 0;
    int found = 0;
    std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
        for (const Topic *t : children.value(parent)) {
            const QString name = t->name(language);
            auto *item = new QStandardItem(t->retired ? retiredFormat.arg(name) : name);
            item->setData(t->id, Qt::UserRole);
            item->setData(depth, kDepthRole);
            model->appendRow(item);
            ++row;
            if (t->id == current)
                found = row;
            if (depth < 16) // a guard; the repository refuses cycles
                add(t->id, depth + 1);
        }
    };
    add(0, 0);
    combo->setCurrentIndex(found);
}

} // namespace Kohtaamo
