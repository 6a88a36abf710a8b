/* diptych-detect-lexer.c: the article's tokens and keys for the detectors
 *
 * The tokens are diptych_tokenize()'s, with the same folded keys; only
 * the work differs. The detectors read every token of an article, where a
 * diff tokenizes only what changed, so the ASCII that news copy is mostly
 * made of is read here in one pass, most words and their keys from one
 * read of sixteen bytes, and so are the typographic quotes, apostrophes,
 * dashes and ellipses of news copy. A stretch between ASCII spaces with any other
 * character in it goes to diptych_tokenize_range(), which knows Unicode's
 * letters, spaces, quotes and dashes: no token reaches across an ASCII
 * space, so the two agree on every token.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "diptych-ascii-classes.h"
#include "diptych-detect-private.h"
#include "diptych-hash.h"

#define DASH_KEY     "\xE2\x80\x94"  /* the tokenizer's key of every dash */
#define ELLIPSIS_KEY "\xE2\x80\xA6"

/* The mask of a key of n bytes in sixteen is the sixteen from 16 - n on. */
static const guchar ones_then_zeros[32] = {
  0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
  0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};

/* A key's first sixteen bytes, zero after it: nearly every key of news
 * copy, whole, so that finding it compares its slot and nothing else.
 */
typedef struct
{
  guint64 word[2];
} KeyHead;

/* A slot of the table of keys: a key is told by its head and length,
 * and, past sixteen bytes, the rest of it in the pool.
 */
typedef struct
{
  KeyHead head;
  guint32 id;      /* + 1, or 0 when the slot is empty */
  guint32 length;
  guint32 offset;  /* in the pool */
  guint32 kind;    /* DiptychTokenKind */
} LexSlot;

typedef struct
{
  GString *pool;      /* the keys, each NUL-terminated */
  guint    n_keys;      /* ids given */
  LexSlot *slots;
  guint    mask;      /* slots - 1, slots a power of two */
  guint    shift;     /* 64 - log2 (slots) */
  guint32  byte_keys[128];  /* id + 1 of the key of each ASCII byte, or 0 */

  GArray      *tokens;      /* DetectToken */
  DetectToken *token_data;  /* its data */
  DetectToken *next_token;  /* the first not used of it */
  DetectToken *token_end;   /* its end */
  GArray  *breaks;    /* as the context's (zeroed as it grows), for the whole capacity */
  gboolean wrapped;   /* only a blank line breaks */

  /* The tokenizer, for the stretches that are not ASCII, and its key
   * ids as ours.
   */
  DiptychKeyTable *unicode_keys;
  GArray          *unicode_tokens;
  GArray          *unicode_ids;
} Lexer;

/* The head of the @length bytes at @p, the last bytes of the text:
 * copied, not read past.
 */
static KeyHead
key_head_copied (const char *p,
                 gsize       length)
{
  KeyHead head = { { 0, 0 } };

  memcpy (&head, p, MIN (length, 16));
  return head;
}

/* The head of the @length bytes at @p; memory up to @limit may be read. */
static inline KeyHead
key_head (const char *p,
          gsize       length,
          const char *limit)
{
  KeyHead head, mask;

  if (G_UNLIKELY (limit - p < 16))
    return key_head_copied (p, length);
  memcpy (&head, p, 16);
  memcpy (&mask, ones_then_zeros + 16 - MIN (length, 16), 16);
  head.word[0] &= mask.word[0];
  head.word[1] &= mask.word[1];
  return head;
}

/* The home slot of a key, by its head alone: keys longer than sixteen
 * bytes are few, and seldom share their head. The top bits of a
 * product depend on every bit of the head.
 */
static inline guint
home_slot (const Lexer   *lx,
           const KeyHead *head)
{
  return (head->word[0] * DIPTYCH_HASH_K1 ^ head->word[1] * DIPTYCH_HASH_K2) >> lx->shift;
}

static void
set_slots (Lexer *lx,
           guint  bits)
{
  lx->slots = g_new0 (LexSlot, 1u << bits);
  lx->mask = (1u << bits) - 1;
  lx->shift = 64 - bits;
}

static void
grow_slots (Lexer *lx)
{
  LexSlot *old = lx->slots;
  guint n_old = lx->mask + 1;

  set_slots (lx, 64 - lx->shift + 1);
  for (guint i = 0; i < n_old; i++)
    {
      guint j;

      if (old[i].id == 0)
        continue;
      for (j = home_slot (lx, &old[i].head); lx->slots[j].id != 0; j = (j + 1) & lx->mask)
        ;
      lx->slots[j] = old[i];
    }
  g_free (old);
}

/* Adds the key of @length bytes at @p, with @head, in the empty slot @i. */
static guint32
add_key (Lexer            *lx,
         guint             i,
         KeyHead           head,
         const char       *p,
         gsize             length,
         DiptychTokenKind  kind)
{
  LexSlot *slot = &lx->slots[i];

  slot->head = head;
  slot->id = ++lx->n_keys;
  slot->length = length;
  slot->offset = lx->pool->len;
  slot->kind = kind;
  g_string_append_len (lx->pool, p, length);
  g_string_append_c (lx->pool, '\0');
  if (lx->n_keys * 2 > lx->mask)
    grow_slots (lx);
  return lx->n_keys - 1;
}

/* The id of the key of @length bytes at @p, with @head, added when new. */
static inline guint32
find_key (Lexer            *lx,
          KeyHead           head,
          const char       *p,
          gsize             length,
          DiptychTokenKind  kind)
{
  for (guint i = home_slot (lx, &head); ; i = (i + 1) & lx->mask)
    {
      const LexSlot *slot = &lx->slots[i];

      if (slot->id == 0)
        return add_key (lx, i, head, p, length, kind);
      if (slot->head.word[0] == head.word[0] && slot->head.word[1] == head.word[1] &&
          slot->length == length &&
          (length <= 16 ||
           memcmp (lx->pool->str + slot->offset + 16, p + 16, length - 16) == 0))
        return slot->id - 1;
    }
}

/* The id of the key of @length bytes at @p (memory up to @limit may be
 * read), added when new.
 */
static inline guint32
intern (Lexer            *lx,
        const char       *p,
        gsize             length,
        const char       *limit,
        DiptychTokenKind  kind)
{
  return find_key (lx, key_head (p, length, limit), p, length, kind);
}

static inline guint32
intern_literal (Lexer      *lx,
                const char *key)
{
  gsize length = strlen (key);

  return intern (lx, key, length, key + length, DIPTYCH_TOKEN_PUNCTUATION);
}

/* The id of the key of the one ASCII byte at @p: punctuation, found by
 * its byte.
 */
static inline guint32
intern_byte (Lexer      *lx,
             const char *p)
{
  guint32 *id = &lx->byte_keys[(guchar)*p];

  if (*id == 0)
    *id = intern (lx, p, 1, p + 1, DIPTYCH_TOKEN_PUNCTUATION) + 1;
  return *id - 1;
}

/* Marks a line break before token @i, or clears the mark. */
static inline void
set_line_before (Lexer    *lx,
                 guint     i,
                 gboolean  line_before)
{
  if (line_before)
    g_array_index (lx->breaks, guint32, i / 32) |= 1u << (i % 32);
  else
    g_array_index (lx->breaks, guint32, i / 32) &= ~(1u << (i % 32));
}

static inline guint
n_tokens (const Lexer *lx)
{
  return lx->next_token - lx->token_data;
}

/* Room for @capacity tokens and their line breaks. */
static void
set_capacity (Lexer *lx,
              guint  capacity)
{
  guint used = lx->token_data != NULL ? n_tokens (lx) : 0;

  g_array_set_size (lx->tokens, capacity);
  lx->token_data = (DetectToken *)(void *)lx->tokens->data;
  lx->next_token = lx->token_data + used;
  lx->token_end = lx->token_data + capacity;
  g_array_set_size (lx->breaks, capacity / 32 + 1);
}

static inline void
add_token (Lexer   *lx,
           guint32  byte_start,
           guint32  byte_end,
           guint32  key)
{
  DetectToken token = { byte_start, byte_end, key };

  if (G_UNLIKELY (lx->next_token == lx->token_end))
    set_capacity (lx, n_tokens (lx) * 2 + 16);
  *lx->next_token++ = token;
}

/* Tokens of the stretch from @start to the next ASCII space, by the
 * tokenizer. Returns where the stretch ends.
 */
static const char *
lex_unicode (Lexer      *lx,
             const char *text,
             const char *start,
             const char *from)
{
  const char *stop = from;

  while (*stop != '\0' && (diptych_ascii_classes[(guchar)*stop] & DIPTYCH_ASCII_SPACE) == 0)
    stop++;

  g_array_set_size (lx->unicode_tokens, 0);
  diptych_tokenize_range (lx->unicode_tokens, text, start - text, stop - text, lx->unicode_keys);
  for (guint t = 0; t < lx->unicode_tokens->len; t++)
    {
      const DiptychToken *in = &g_array_index (lx->unicode_tokens, DiptychToken, t);
      guint32 *id;

      if (in->key >= lx->unicode_ids->len)
        {
          guint old = lx->unicode_ids->len;

          g_array_set_size (lx->unicode_ids, in->key + 1);
          memset (&g_array_index (lx->unicode_ids, guint32, old), 0xFF,
                  (in->key + 1 - old) * sizeof (guint32));
        }
      id = &g_array_index (lx->unicode_ids, guint32, in->key);
      if (*id == G_MAXUINT32)
        {
          const char *key = diptych_key_table_lookup (lx->unicode_keys, in->key);
          gsize length = strlen (key);

          *id = intern (lx, key, length, key + length + 1,
                        diptych_key_table_get_kind (lx->unicode_keys, in->key));
        }
      add_token (lx, in->byte_start, in->byte_end, *id);
    }
  return stop;
}

/* The typographic mark at @p, one of U+2013 to U+2026, or 0. */
static inline gunichar
typographic (const char *p)
{
  if ((guchar)p[0] != 0xE2 || (guchar)p[1] != 0x80)
    return 0;
  switch ((guchar)p[2])
    {
    case 0x93: case 0x94:  /* – — */
    case 0x98: case 0x99:  /* ‘ ’ */
    case 0x9C: case 0x9D:  /* “ ” */
    case 0xA6:             /* … */
      return 0x2000 + ((guchar)p[2] - 0x80);
    default:
      return 0;
    }
}

/* The ASCII classes of the character at @p, none for a typographic
 * mark, or -1 for another character that is not ASCII: Unicode's tables
 * say what it is.
 */
static inline int
classes_at (const char *p)
{
  if ((guchar)*p < 0x80)
    return diptych_ascii_classes[(guchar)*p];
  return typographic (p) != 0 ? 0 : -1;
}

/* What the character at @q, after a letter or digit, does to the word:
 * 0 when it ends it, its length when it joins the word to the letter or
 * digit after it (, . ' - or a typographic apostrophe), -1 when a
 * character that is not ASCII takes part, which is the tokenizer's to
 * read. @digits: the word is all digits so far.
 */
static inline int
joiner_at (const char *q,
           gboolean    digits)
{
  int next;

  /* Most words end at a space. */
  if (diptych_ascii_classes[(guchar)*q] & DIPTYCH_ASCII_SPACE)
    return 0;
  switch ((guchar)*q)
    {
    case ',':
    case '.':
    case '\'':
    case '-':
      next = classes_at (q + 1);
      if (next < 0)
        return -1;
      if (*q == ',' || *q == '.')
        return digits && (next & DIPTYCH_ASCII_DIGIT) ? 1 : 0;  /* 1,200 */
      return (next & DIPTYCH_ASCII_WORD) ? 1 : 0;
    case 0xE2:
      switch (typographic (q))
        {
        case 0x2018:
        case 0x2019:
          next = classes_at (q + 3);  /* "don’t" */
          if (next < 0)
            return -1;
          return (next & DIPTYCH_ASCII_WORD) ? 3 : 0;
        case 0:
          return -1;
        default:
          return 0;  /* a dash, quote or ellipsis ends it */
        }
    default:
      return (guchar)*q >= 0x80 ? -1 : 0;
    }
}

/* The end of the word or number from @p, of ASCII and typographic
 * apostrophes, as the tokenizer reads it, or %NULL when another
 * character that is not ASCII takes part. The NUL after the text stops
 * every loop.
 */
static inline const char *
word_end (const char       *p,
          DiptychTokenKind *kind,
          gboolean         *apostrophes)
{
  gboolean digits = TRUE;
  const char *q = p;

  for (;;)
    {
      guint8 cls;
      int joiner;

      for (; (cls = diptych_ascii_classes[(guchar)*q]) & DIPTYCH_ASCII_WORD; q++)
        digits = digits && (cls & DIPTYCH_ASCII_DIGIT);
      joiner = joiner_at (q, digits);
      if (joiner < 0)
        return NULL;
      if (joiner == 0)
        break;
      /* Only commas and points join digits into a number. */
      digits = digits && (*q == ',' || *q == '.');
      *apostrophes |= joiner == 3;
      q += joiner;
    }

  *kind = digits ? DIPTYCH_TOKEN_NUMBER : DIPTYCH_TOKEN_WORD;
  return q;
}

#ifdef __SSE2__
/* 0xFF in the bytes of @v from @lo to @hi: SSE2 compares bytes as signed,
 * so both sides move down by 0x80 for an unsigned v - lo < hi - lo + 1.
 */
static inline __m128i
bytes_between (__m128i v,
               guchar  lo,
               guchar  hi)
{
  __m128i moved = _mm_sub_epi8 (v, _mm_set1_epi8 ((char)(lo ^ 0x80)));

  return _mm_cmplt_epi8 (moved, _mm_set1_epi8 ((char)((hi - lo + 1) ^ 0x80)));
}
#endif

/* Most words of news copy are fewer than sixteen ASCII letters and
 * digits that nothing joins to the next: where SSE2 is (every x86-64),
 * one load of sixteen bytes finds such a word's end and its key, read
 * into *@key. Returns the end, or %NULL to leave the word to word_end().
 * Memory up to @end may be read.
 */
static inline const char *
short_word (Lexer      *lx,
            const char *p,
            const char *end,
            guint32    *key)
{
#ifdef __SSE2__
  __m128i v, mask;
  guint letters, stops, length;
  gboolean digits;
  KeyHead head;

  if (end - p < 16)
    return NULL;
  memcpy (&v, p, 16);
  letters = _mm_movemask_epi8 (bytes_between (_mm_or_si128 (v, _mm_set1_epi8 (0x20)), 'a', 'z'));
  stops = ~(letters | _mm_movemask_epi8 (bytes_between (v, '0', '9'))) & 0xFFFF;
  if (stops == 0)
    return NULL;
  length = __builtin_ctz (stops);
  digits = (letters & ((1u << length) - 1)) == 0;
  if (joiner_at (p + length, digits) != 0)
    return NULL;

  memcpy (&mask, ones_then_zeros + 16 - length, 16);
  v = _mm_and_si128 (v, mask);
  memcpy (&head, &v, 16);
  *key = find_key (lx, head, p, length, digits ? DIPTYCH_TOKEN_NUMBER : DIPTYCH_TOKEN_WORD);
  return p + length;
#else
  return NULL;
#endif
}

#define MAX_FOLDED 64

/* The key of a word of at most MAX_FOLDED bytes with typographic
 * apostrophes: straight ones.
 */
static guint32
intern_folded (Lexer      *lx,
               const char *p,
               const char *q)
{
  char folded[MAX_FOLDED];
  gsize length = 0;

  g_assert (q - p <= MAX_FOLDED);
  while (p < q)
    {
      if (typographic (p) != 0)
        {
          folded[length++] = '\'';
          p += 3;
        }
      else
        folded[length++] = *p++;
    }
  return intern (lx, folded, length, folded + length, DIPTYCH_TOKEN_WORD);
}

/* Past the spaces from the line break at @p, up to @stop at most, in a
 * text whose lines are wrapped: a line break there only where a blank
 * line is (two LF, or two CR in a text without LF).
 */
static const char *
wrapped_gap (Lexer      *lx,
             const char *p,
             const char *stop)
{
  guint n_lf = 0, n_cr = 0;

  for (; p < stop && (diptych_ascii_classes[(guchar)*p] & DIPTYCH_ASCII_SPACE) != 0; p++)
    {
      n_lf += *p == '\n';
      n_cr += *p == '\r';
    }
  if (n_lf >= 2 || (n_lf == 0 && n_cr >= 2))
    set_line_before (lx, n_tokens (lx), TRUE);
  return p;
}

/* Reads the text from @part_start to @part_end, which is a space or the
 * NUL at @n_bytes: no token reaches past it.
 */
static void
lex (Lexer      *lx,
     const char *text,
     gsize       part_start,
     gsize       part_end,
     gsize       n_bytes)
{
  const char *end = text + n_bytes;
  const char *stop = text + part_end;
  const char *p = text + part_start;
  guint32 dash_key = intern_literal (lx, DASH_KEY);
  guint32 ellipsis_key = intern_literal (lx, ELLIPSIS_KEY);
  guint32 apostrophe_key = intern_literal (lx, "'");
  guint32 quote_key = intern_literal (lx, "\"");

  for (;;)
    {
      guchar c = *p;
      const char *q;
      guint8 cls;
      guint32 key;
      DiptychTokenKind kind = DIPTYCH_TOKEN_PUNCTUATION;

      /* Most gaps are one space, and most tokens words. */
      while (c == ' ')
        c = *++p;
      cls = diptych_ascii_classes[c];

      if (cls & DIPTYCH_ASCII_WORD)
        {
          gboolean apostrophes = FALSE;

          q = short_word (lx, p, end, &key);
          if (q == NULL)
            {
              q = word_end (p, &kind, &apostrophes);
              if (q == NULL || (apostrophes && q - p > MAX_FOLDED))
                goto unicode;
              key = apostrophes ? intern_folded (lx, p, q) : intern (lx, p, q - p, end, kind);
            }
        }
      else if (cls & DIPTYCH_ASCII_SPACE)
        {
          if (p >= stop)
            break;
          /* The break is before the next token, whichever it is. */
          if ((c == '\n' || c == '\r') && lx->wrapped)
            {
              p = wrapped_gap (lx, p, stop);
              continue;
            }
          if (c == '\n' || c == '\r')
            set_line_before (lx, n_tokens (lx), TRUE);
          p++;
          continue;
        }
      else if (c == '\0')
        break;
      else if (c == '-' || typographic (p) == 0x2013 || typographic (p) == 0x2014)
        {
          /* A run of hyphens and dashes is one token; dashes other than
           * these are Unicode's.
           */
          for (q = p; ; )
            {
              if (*q == '-')
                q++;
              else if (typographic (q) == 0x2013 || typographic (q) == 0x2014)
                q += 3;
              else if ((guchar)*q >= 0x80)
                goto unicode;
              else
                break;
            }
          key = dash_key;
        }
      else if (c >= 0x80)
        {
          gunichar mark = typographic (p);

          q = p + 3;
          if (mark == 0x2018 || mark == 0x2019)
            key = apostrophe_key;
          else if (mark == 0x201C || mark == 0x201D)
            key = quote_key;
          else if (mark == 0x2026)
            key = ellipsis_key;
          else
            goto unicode;
        }
      else if (c == '.')
        {
          /* A run of three dots or more is one token. */
          q = p + 1;
          while (*q == '.')
            q++;
          if (q - p >= 3)
            key = ellipsis_key;
          else
            {
              q = p + 1;
              key = intern_byte (lx, p);
            }
        }
      else
        {
          q = p + 1;
          key = c == '`' ? apostrophe_key : intern_byte (lx, p);
        }

      add_token (lx, p - text, q - text, key);
      p = q;
      continue;

    unicode:
      /* The stretch goes back to the last ASCII space: its tokens so far
       * are the tokenizer's to give. No line break is inside it, and the
       * one before it, marked before its first token, is before the
       * tokenizer's first.
       */
      {
        const char *start = p;
        guint32 from;

        while (start > text && (diptych_ascii_classes[(guchar)start[-1]] & DIPTYCH_ASCII_SPACE) == 0)
          start--;
        from = start - text;
        while (lx->next_token > lx->token_data && lx->next_token[-1].byte_start >= from)
          lx->next_token--;
        p = lex_unicode (lx, text, start, p);
      }
    }

  /* A line break after the last token is before none. */
  set_line_before (lx, n_tokens (lx), FALSE);
}

/**
 * _diptych_detect_lex:
 *
 * Fills the context's tokens, and its keys with their folded text and
 * kind, from its part of the contents: UTF-8 without NUL bytes, a NUL
 * after them (as diptych_text_get_contents() gives them).
 */
void
_diptych_detect_lex (DetectContext *ctx)
{
  Lexer lx = { 0 };

  lx.pool = ctx->key_pool;
  /* Half full at a key every 128 bytes, more than a long article has:
   * the table rarely grows.
   */
  set_slots (&lx, MAX (10, g_bit_storage ((ctx->byte_end - ctx->byte_start) / 64)));
  lx.tokens = ctx->tokens;
  lx.breaks = ctx->breaks;
  lx.wrapped = ctx->wrapped;
  /* Prose has a token every five bytes or so: room for that, and pages
   * not used are never touched.
   */
  set_capacity (&lx, (ctx->byte_end - ctx->byte_start) / 4 + 16);
  lx.unicode_keys = diptych_key_table_new ();
  lx.unicode_tokens = g_array_new (FALSE, FALSE, sizeof (DiptychToken));
  lx.unicode_ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  lex (&lx, ctx->contents, ctx->byte_start, ctx->byte_end, ctx->n_bytes);
  g_array_set_size (lx.tokens, n_tokens (&lx));
  g_array_set_size (lx.breaks, (n_tokens (&lx) + 31) / 32);

  g_array_set_size (ctx->keys, lx.n_keys);
  for (guint i = 0; i <= lx.mask; i++)
    {
      const LexSlot *slot = &lx.slots[i];
      DetectKey *out;

      if (slot->id == 0)
        continue;
      out = &g_array_index (ctx->keys, DetectKey, slot->id - 1);
      out->folded = ctx->key_pool->str + slot->offset;
      out->kind = slot->kind;
    }

  g_free (lx.slots);
  diptych_key_table_free (lx.unicode_keys);
  g_array_unref (lx.unicode_tokens);
  g_array_unref (lx.unicode_ids);
}
