package org.parallax.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;
import org.parallax.model.Article;

/**
 * The article list's rows: an observable list that takes a corpus's articles in one change. An observable array list
 * adds them one by one (at 100,000 articles the largest part of the FX thread's work when a big model arrives: a range
 * check and a change record each); the change its listeners get is the same, every old row removed and every new one
 * added. Sorting is one permutation, so the table's selection stays with its article.
 */
final class ArticleRows extends ModifiableObservableListBase<Article> {

    private List<Article> rows = new ArrayList<>();

    @Override
    public Article get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, Article element) {
        rows.add(index, element);
    }

    @Override
    protected Article doSet(int index, Article element) {
        return rows.set(index, element);
    }

    @Override
    protected Article doRemove(int index) {
        return rows.remove(index);
    }

    /** Replaces every row with {@code next} in one change, as {@code clear()} then {@code addAll} would. */
    @Override
    public boolean setAll(Collection<? extends Article> next) {
        beginChange();
        try {
            List<Article> old = rows;
            rows = new ArrayList<>(next);
            if (!old.isEmpty()) {
                nextRemove(0, old);
            }
            if (!rows.isEmpty()) {
                nextAdd(0, rows.size());
            }
        } finally {
            endChange();
        }
        return true;
    }

    /** Puts the rows in {@code order} (ties as they are) by one permutation. */
    void sortBy(Comparator<? super Article> order) {
        if (rows.isEmpty()) {
            return;
        }
        List<Integer> from = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            from.add(i);
        }
        from.sort((a, b) -> order.compare(rows.get(a), rows.get(b))); // stable
        int[] permutation = new int[rows.size()];
        List<Article> sorted = new ArrayList<>(rows.size());
        for (int to = 0; to < from.size(); to++) {
            permutation[from.get(to)] = to;
            sorted.add(rows.get(from.get(to)));
        }
        beginChange();
        try {
            rows = sorted;
            nextPermutation(0, sorted.size(), permutation);
        } finally {
            endChange();
        }
    }
}
