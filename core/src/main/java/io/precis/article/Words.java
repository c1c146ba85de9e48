package io.precis.article;

/** Word counting shared by the model: runs of letters or digits, as a reader would count them. */
final class Words {
    private Words() {
    }

    static int count(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && !inWord) count++;
            inWord = wordChar || (inWord && (cp == '\'' || cp == '’' || cp == '-'));
            i += Character.charCount(cp);
        }
        return count;
    }
}
