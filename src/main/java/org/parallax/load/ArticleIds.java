package org.parallax.load;

import java.util.HashSet;
import java.util.Set;

/**
 * Gives each article an id: its file name without the extension, with "-2", "-3" ... added when another file
 * already has it ("a.txt" and "a.html" become "a" and "a-2"); a row of a list of stories, "stories.csv#12", is
 * "stories-12". Ids follow load order, so they are stable.
 */
final class ArticleIds {

    private final Set<String> taken = new HashSet<>();

    String next(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int hash = name.indexOf('#'); // a row of a list: "stories.csv#12" is "stories-12"; "a#b.txt" stays "a#b"
        hash = hash > 0 && StoryList.isList(name.substring(0, hash)) ? hash : -1;
        String row = hash < 0 ? "" : "-" + name.substring(hash + 1);
        name = hash < 0 ? name : name.substring(0, hash);
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name) + row;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
