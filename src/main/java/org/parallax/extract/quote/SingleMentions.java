package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.parallax.extract.quote.Person.LearnedRole;

/**
 * The one-word mentions of a corpus (surnames, a body's first word: "Putin", "Ford"), attached to the people they
 * name by {@link PersonRegistry#finish()}, in groups of words on every core.
 *
 * <p>Why groups of words give the one-thread result: a mention of the word w reads and changes only the namesakes of
 * the surname w and of the first word w, and the people in them; every person of the registry is in one such set only
 * (a body under its first word, anybody else under its surname), and a person a mention makes is made under its own
 * word. So the mentions of one word meet no other word's, and within a word they are attached in the order they came
 * (article order). What does depend on all of them, the order of the people made, is restored afterwards: they are
 * listed in the order of the mentions that made them, as the one loop over every mention listed them.
 */
final class SingleMentions {

    /** A one-word mention (a surname) with what came with it. */
    record Single(String word, String display, String articleId, Gender gender, LearnedRole role,
                  boolean strong, boolean organisation) {
    }

    /** A person a mention made, with the mention's place among all mentions. */
    private record Made(int mention, Person person) {
    }

    /** What one group of words did: the people its mentions made and the namesakes it opened, its weak mentions. */
    private record GroupResult(List<Made> made, Map<String, Namesakes> opened, int[] weak) {
    }

    /** Mentions below which one group is used: too few to be worth handing to other cores. */
    private static final int PARALLEL_FROM = 2048;

    private final List<Single> all = new ArrayList<>();
    /** Groups of words to attach on their own; 0 for as many as the corpus is worth ({@link #groupCount}). */
    private final int groups;

    SingleMentions(int groups) {
        this.groups = groups;
    }

    void add(Single s) {
        all.add(s);
    }

    /**
     * Attaches every mention (see {@link PersonRegistry#finish()}): a surname to its strong owner, a first word to its
     * body; a strong or body mention nobody owns becomes a person of its own, added to {@code people} in mention order;
     * a plain one only counts a mention. Freezes every namesakes of both maps.
     */
    void attach(List<Person> people, Map<String, Namesakes> bySurname, Map<String, Namesakes> byFirstWord) {
        int g = groupCount();
        int[][] byGroup = indexesByGroup(g);
        // the maps are only read while the groups run: each group opens the namesakes of its own new surnames
        List<GroupResult> results = IntStream.range(0, g).parallel()
                .mapToObj(k -> attachGroup(byGroup[k], bySurname, byFirstWord)).toList();
        List<Made> made = new ArrayList<>();
        for (GroupResult r : results) {
            made.addAll(r.made());
            bySurname.putAll(r.opened()); // no word is in two groups, and none opened was in the map
        }
        made.sort((a, b) -> Integer.compare(a.mention(), b.mention()));
        made.forEach(m -> people.add(m.person()));
        // from here no person changes what a pick reads (only how often it is mentioned)
        bySurname.values().forEach(Namesakes::freeze);
        byFirstWord.values().forEach(Namesakes::freeze);
        IntStream.range(0, g).parallel().forEach(k -> countWeak(results.get(k).weak(), bySurname));
    }

    private int groupCount() {
        if (groups > 0) {
            return groups;
        }
        return all.size() < PARALLEL_FROM ? 1 : 4 * Runtime.getRuntime().availableProcessors();
    }

    /** The mentions' indexes by group of their word, in mention order within each group. */
    private int[][] indexesByGroup(int g) {
        int[] groupOf = new int[all.size()];
        int[] sizes = new int[g];
        for (int i = 0; i < groupOf.length; i++) {
            int h = all.get(i).word().hashCode();
            groupOf[i] = Math.floorMod(h ^ (h >>> 16), g);
            sizes[groupOf[i]]++;
        }
        int[][] byGroup = new int[g][];
        for (int k = 0; k < g; k++) {
            byGroup[k] = new int[sizes[k]];
            sizes[k] = 0;
        }
        for (int i = 0; i < groupOf.length; i++) {
            byGroup[groupOf[i]][sizes[groupOf[i]]++] = i;
        }
        return byGroup;
    }

    /** The one-thread loop of the registry over the mentions of one group of words. */
    private GroupResult attachGroup(int[] mentions, Map<String, Namesakes> bySurname,
                                    Map<String, Namesakes> byFirstWord) {
        List<Made> made = new ArrayList<>();
        Map<String, Namesakes> opened = new HashMap<>();
        int[] weak = new int[mentions.length];
        int weakCount = 0;
        for (int i : mentions) {
            Single s = all.get(i);
            Namesakes named = bySurname.get(s.word());
            if (named == null) {
                named = opened.get(s.word());
            }
            Person p = named == null ? null : named.pick(s.articleId(), true);
            if (p == null) {
                Namesakes firsts = byFirstWord.get(s.word());
                p = firsts == null ? null : firsts.pick(s.articleId(), false);
                if (p != null) {
                    firsts.mentioned(p, s.articleId(), s.strong());
                    p.mentions++;
                    continue;
                }
            }
            if (p == null) {
                if (!s.strong() && !s.organisation()) {
                    weak[weakCount++] = i;
                    continue;
                }
                p = new Person(List.of(s.word()));
                p.addForm(s.display());
                made.add(new Made(i, p));
                if (named == null) {
                    named = new Namesakes();
                    opened.put(s.word(), named);
                }
                named.add(p);
            }
            p.organisation |= s.organisation() && p.key.size() == 1;
            p.mentions++;
            named.mentioned(p, s.articleId(), s.strong()); // the surname's namesakes: p was picked from or added to them
            if (s.gender() != Gender.UNKNOWN) {
                p.gender = s.gender();
            }
            if (s.role() != null) {
                p.addRole(s.role(), s.articleId());
            }
        }
        return new GroupResult(made, opened, java.util.Arrays.copyOf(weak, weakCount));
    }

    /** "Sales at Chrysler fell": a plain mention still shows how the corpus spells the one-word name it picks. */
    private void countWeak(int[] weak, Map<String, Namesakes> bySurname) {
        for (int i : weak) {
            Single s = all.get(i);
            Namesakes named = bySurname.get(s.word());
            Person p = named == null ? null : named.pick(s.articleId(), false);
            if (p != null && p.key.size() == 1) {
                p.mentions++;
            }
        }
    }
}
