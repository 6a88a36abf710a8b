/* diptych-chunker.c: content-defined chunks of words, for a quick first
 * pass of the diff
 *
 * Most of two versions of an article is the same text. Comparing chunks of
 * a few words first, by hash, finds that text at a few bytes' cost each, and
 * only the chunks that differ need tokens and a word diff. A chunk ends
 * after a pair of words whose hash has its low bits clear (as rsync and
 * backup tools cut content into blocks), so an edit shifts the chunks around
 * it only, and re-wrapped lines leave them whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-chunker"

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "diptych-chunker.h"
#include "diptych-hash.h"

/* A chunk ends after a pair of words whose hash has its top CUT_BITS bits
 * clear: sixteen words on average. The diff takes the words that changed chunks
 * share with the other text back from the word diff, so chunks can be long.
 * It also ends after DIPTYCH_CHUNK_MAX_WORDS words, which bounds a chunk in
 * a text that has too few distinct words to cut by hash.
 */
#define CUT_BITS 4

/* How many chunks ahead interning asks for the table's memory. */
#define PREFETCH_DISTANCE 16

/* Small slots keep the table in the cache: the hash picks the slot and
 * tells most keys apart without reading them.
 */
typedef struct
{
  guint32 hash;
  guint32 index;  /* in the keys, G_MAXUINT32 when empty */
} ChunkSlot;

typedef struct
{
  const char *text;  /* the first chunk that had this key */
  guint32     n_bytes;
  guint32     id;
} ChunkKey;

struct _DiptychChunkTable
{
  ChunkKey  *keys;      /* the keys in the table */
  guint      n_stored;
  guint      capacity;
  guint      n_keys;    /* and the keys given without adding them */
  ChunkSlot *slots;
  guint      n_slots;  /* a power of two */
};

DiptychChunkTable *
diptych_chunk_table_new (void)
{
  DiptychChunkTable *table = g_new0 (DiptychChunkTable, 1);

  table->n_slots = 1024;
  table->slots = g_new (ChunkSlot, table->n_slots);
  memset (table->slots, 0xFF, sizeof (ChunkSlot) * table->n_slots);

  return table;
}

void
diptych_chunk_table_free (DiptychChunkTable *table)
{
  if (table == NULL)
    return;

  g_free (table->keys);
  g_free (table->slots);
  g_free (table);
}

/* All keys given so far are below this. */
guint
diptych_chunk_table_get_n_keys (DiptychChunkTable *table)
{
  return table->n_keys;
}

/* Whether two runs have the same words, whatever the whitespace between. */
static gboolean
same_words (const char *a,
            gsize       a_bytes,
            const char *b,
            gsize       b_bytes)
{
  const char *a_end = a + a_bytes;
  const char *b_end = b + b_bytes;

  if (a_bytes == b_bytes && memcmp (a, b, a_bytes) == 0)
    return TRUE;

  for (;;)
    {
      while (a < a_end && diptych_chunk_is_space (*a))
        a++;
      while (b < b_end && diptych_chunk_is_space (*b))
        b++;
      if (a == a_end || b == b_end)
        return a == a_end && b == b_end;

      while (a < a_end && b < b_end && *a == *b && !diptych_chunk_is_space (*a))
        {
          a++;
          b++;
        }
      if ((a < a_end && !diptych_chunk_is_space (*a)) || (b < b_end && !diptych_chunk_is_space (*b)))
        return FALSE;
    }
}

static void
chunk_table_resize (DiptychChunkTable *table,
                    guint              n_slots)
{
  ChunkSlot *slots = g_new (ChunkSlot, n_slots);

  memset (slots, 0xFF, sizeof (ChunkSlot) * n_slots);
  for (guint i = 0; i < table->n_slots; i++)
    {
      ChunkSlot slot = table->slots[i];
      guint j;

      if (slot.index == G_MAXUINT32)
        continue;
      for (j = slot.hash & (n_slots - 1);
           slots[j].index != G_MAXUINT32;
           j = (j + 1) & (n_slots - 1))
        ;
      slots[j] = slot;
    }

  g_free (table->slots);
  table->slots = slots;
  table->n_slots = n_slots;
}

/* Fewer than three in four slots are full. */
static inline gboolean
chunk_table_is_full (guint n_keys,
                     guint n_slots)
{
  return (n_keys + 1) * 4 > n_slots * 3;
}

/* The key of the chunk of @hash at @text, a known one if the table has
 * the same words (then *@found, if given, is where it was first seen).
 * Otherwise a new one, which is added with @add.
 */
static guint32
chunk_table_intern (DiptychChunkTable *table,
                    guint32            hash,
                    const char        *text,
                    gsize              n_bytes,
                    gboolean           add,
                    const char       **found)
{
  ChunkKey key = { text, n_bytes, 0 };
  guint i;

  for (i = hash & (table->n_slots - 1);
       table->slots[i].index != G_MAXUINT32;
       i = (i + 1) & (table->n_slots - 1))
    {
      ChunkSlot slot = table->slots[i];
      const ChunkKey *known;

      if (slot.hash != hash)
        continue;
      known = &table->keys[slot.index];
      if (same_words (known->text, known->n_bytes, text, n_bytes))
        {
          if (found != NULL)
            *found = known->text;
          return known->id;
        }
    }

  key.id = table->n_keys++;
  if (!add)
    return key.id;

  if (table->n_stored == table->capacity)
    {
      table->capacity = MAX (64, table->capacity * 2);
      table->keys = g_renew (ChunkKey, table->keys, table->capacity);
    }
  table->slots[i].hash = hash;
  table->slots[i].index = table->n_stored;
  table->keys[table->n_stored++] = key;
  if (chunk_table_is_full (table->n_stored, table->n_slots))
    chunk_table_resize (table, table->n_slots * 2);

  return key.id;
}

/* Makes room for @n_more keys without growing while they are added. */
static void
chunk_table_reserve (DiptychChunkTable *table,
                     guint              n_more)
{
  guint n_keys = table->n_stored + n_more;
  guint n_slots = table->n_slots;

  while (chunk_table_is_full (n_keys, n_slots))
    n_slots *= 2;
  if (n_slots != table->n_slots)
    chunk_table_resize (table, n_slots);

  if (n_keys > table->capacity)
    {
      table->capacity = n_keys;
      table->keys = g_renew (ChunkKey, table->keys, table->capacity);
    }
}

/* Chunks as they are cut; each one's key holds its hash until it is
 * interned.
 */
typedef struct
{
  DiptychChunk *chunks;
  guint         n_chunks;
  guint         capacity;
} ChunkList;

static inline void
add_chunk (ChunkList *list,
           gsize      start,
           gsize      end,
           guint64    hash)
{
  DiptychChunk *chunk;

  if (G_UNLIKELY (list->n_chunks == list->capacity))
    {
      list->capacity *= 2;
      list->chunks = g_renew (DiptychChunk, list->chunks, list->capacity);
    }

  chunk = &list->chunks[list->n_chunks++];
  chunk->byte_start = start;
  chunk->byte_end = end;
  hash *= DIPTYCH_HASH_K1;
  chunk->key = hash ^ (hash >> 32);
}

/* One bit for each ASCII whitespace byte of the 64 at @p. */
static inline guint64
space_mask (const guchar *p)
{
#ifdef __SSE2__
  guint64 mask = 0;

  for (guint i = 0; i < 4; i++)
    {
      __m128i x, from_tab, control, space;

      memcpy (&x, p + 16 * i, sizeof x);  /* an unaligned load */
      from_tab = _mm_sub_epi8 (x, _mm_set1_epi8 ('\t'));
      /* \t to \r: 0 to 4 after the subtraction, unsigned */
      control = _mm_cmpeq_epi8 (_mm_min_epu8 (from_tab, _mm_set1_epi8 ('\r' - '\t')), from_tab);
      space = _mm_or_si128 (control, _mm_cmpeq_epi8 (x, _mm_set1_epi8 (' ')));

      mask |= (guint64)(guint16)_mm_movemask_epi8 (space) << (16 * i);
    }
  return mask;
#else
  guint64 mask = 0;

  for (guint i = 0; i < 64; i++)
    mask |= (guint64)diptych_chunk_is_space (p[i]) << i;
  return mask;
#endif
}

/* Where cutting a text into chunks is. */
typedef struct
{
  const guchar *text;
  gsize         n_bytes;
  gsize         pos;          /* where to go on: not inside a word */
  gsize         chunk_start;
  gsize         word_start;
  gsize         word_end;
  guint64       chunk_hash;
  guint64       previous_word_hash;
  guint         n_words;
  gboolean      cut_by_hash;  /* with one_chunk: the last cut was by the words' hash */
} Cutter;

static void
cutter_init (Cutter       *cutter,
             const guchar *text,
             gsize         n_bytes)
{
  memset (cutter, 0, sizeof *cutter);
  cutter->text = text;
  cutter->n_bytes = n_bytes;
}

/* Cuts chunks from where the cutter is, to the end of the text or, with
 * @one_chunk, to the end of the next chunk. Returns FALSE at the end of the
 * text. Words are found from the whitespace masks of 64 bytes at a time: a
 * bit that differs from the one before it is where a word starts (the bit
 * is clear) or ends (it is set).
 */
static gboolean
cutter_run (Cutter    *cutter,
            ChunkList *list,
            gboolean   one_chunk)
{
  const guchar *text = cutter->text;
  const guchar *end = text + cutter->n_bytes;
  gsize n_bytes = cutter->n_bytes;
  guint64 chunk_hash = cutter->chunk_hash;
  guint64 previous_word_hash = cutter->previous_word_hash;
  gsize chunk_start = cutter->chunk_start;
  gsize word_start = cutter->word_start;
  gsize word_end = cutter->word_end;
  guint n_words = cutter->n_words;
  guint64 previous_space = 1;  /* not inside a word */

  for (gsize base = cutter->pos; base <= n_bytes; base += 64)
    {
      guint64 space, edges;

      if (n_bytes - base >= 64)
        {
          space = space_mask (text + base);
        }
      else
        {
          guchar last[64];

          /* Whitespace past the end ends the last word there. */
          memset (last, ' ', sizeof last);
          memcpy (last, text + base, n_bytes - base);
          space = space_mask (last);
        }

      edges = space ^ (space << 1 | previous_space);
      previous_space = space >> 63;

      while (edges != 0)
        {
          guint bit = __builtin_ctzll (edges);
          guint64 word_hash;
          gboolean cut;

          edges &= edges - 1;
          if ((space >> bit & 1) == 0)
            {
              word_start = base + bit;
              continue;
            }

          word_end = base + bit;
          /* Only the high bits are used, so the last mix is not needed. */
          word_hash = diptych_hash_bytes_high (text + word_start, word_end - word_start, end);
          if (n_words++ == 0)
            {
              chunk_start = word_start;
              chunk_hash = DIPTYCH_HASH_K1;
            }
          /* No multiplication per word: a chunk's hash is mixed once,
           * when it is added, and only picks its slot in the table.
           */
          chunk_hash = (chunk_hash << 23 | chunk_hash >> 41) ^ word_hash;

          /* Cut by the last two words: a few frequent words would make the
           * chunks' length depend on whether they happen to cut.
           */
          cut = (word_hash ^ previous_word_hash << CUT_BITS) >> (64 - CUT_BITS) == 0 ||
                n_words == DIPTYCH_CHUNK_MAX_WORDS;
          if (!cut)
            {
              previous_word_hash = word_hash;
              continue;
            }

          add_chunk (list, chunk_start, word_end, chunk_hash);
          n_words = 0;
          if (one_chunk)
            {
              cutter->cut_by_hash = (word_hash ^ previous_word_hash << CUT_BITS) >> (64 - CUT_BITS) == 0;
              previous_word_hash = word_hash;
              cutter->pos = word_end;
              cutter->previous_word_hash = previous_word_hash;
              cutter->n_words = 0;
              return TRUE;
            }
          previous_word_hash = word_hash;
        }
    }

  /* The last words, if the last of them did not cut. */
  if (n_words > 0)
    add_chunk (list, chunk_start, word_end, chunk_hash);
  cutter->pos = n_bytes;
  cutter->n_words = 0;
  return FALSE;
}

static void
chunk_list_init (ChunkList *list,
                gsize      n_bytes)
{
  /* Room for chunks of words of three letters: more than most texts need,
   * and the pages not used are never touched.
   */
  list->n_chunks = 0;
  list->capacity = n_bytes / (4 << CUT_BITS) + 16;
  list->chunks = g_new (DiptychChunk, list->capacity);
}

/**
 * diptych_chunk_text:
 * @text: the text; it must outlive @table, which compares chunks with it
 * @table: interns the chunks' keys (share it between the two texts)
 * @add_keys: whether chunks that the table does not know yet are added to
 *   it, so that later texts get the same keys for the same words. If not,
 *   each such chunk gets a key of its own, which no other chunk has: enough
 *   for the last text of a comparison, which the table need not remember.
 *
 * @n_chunks: (out): how many chunks there are
 *
 * Returns: (transfer full) (array length=n_chunks): the chunks, in order;
 *   whitespace before the first word, between chunks and after the last
 *   word belongs to none
 */
/* Texts longer than this are cut in two halves at once. */
#define PARALLEL_MIN_BYTES (256 * 1024)

static gboolean parallel_cutting = TRUE;

/* For tests: whether long texts are cut in two threads. */
void
_diptych_chunker_set_parallel (gboolean parallel)
{
  parallel_cutting = parallel;
}

typedef struct
{
  Cutter    cutter;
  ChunkList list;
} CutJob;

static gpointer
cut_job_run (gpointer data)
{
  CutJob *job = data;

  cutter_run (&job->cutter, &job->list, FALSE);
  return NULL;
}

/* Cuts @text as one cutter would, the second half in another thread.
 * A cut made by the hash of two words is made by any cutter that has seen
 * both words, and the cutter is then in the same state whatever came
 * before: so the second half starts after such a cut (the sync point),
 * found by cutting a few chunks from the middle, and the first half ends
 * there. The chunks are the same as one cutter's, byte for byte.
 */
static void
cut_text (const guchar *text,
          gsize         n_bytes,
          ChunkList    *list)
{
  CutJob job;
  Cutter first;
  GThread *thread = NULL;
  gsize middle = n_bytes / 2;
  gsize sync_point;
  gboolean synced = FALSE;

  if (parallel_cutting && n_bytes >= PARALLEL_MIN_BYTES)
    {
      while (middle < n_bytes && !diptych_chunk_is_space (text[middle]))
        middle++;

      cutter_init (&job.cutter, text, n_bytes);
      job.cutter.pos = middle;
      chunk_list_init (&job.list, n_bytes - middle);
      /* The first chunk from the middle saw its words from the middle only. */
      if (cutter_run (&job.cutter, &job.list, TRUE))
        while (!synced && cutter_run (&job.cutter, &job.list, TRUE))
          synced = job.cutter.cut_by_hash;
    }

  if (!synced)
    {
      if (parallel_cutting && n_bytes >= PARALLEL_MIN_BYTES)
        g_free (job.list.chunks);
      cutter_init (&first, text, n_bytes);
      cutter_run (&first, list, FALSE);
      return;
    }

  /* The second half, from the sync point on, in another thread. */
  sync_point = job.cutter.pos;
  job.list.n_chunks = 0;
  thread = g_thread_try_new ("diptych-chunker", cut_job_run, &job, NULL);
  if (thread == NULL)
    cut_job_run (&job);

  /* The first half, to the sync point: its last word ends there and cuts. */
  cutter_init (&first, text, sync_point);
  cutter_run (&first, list, FALSE);

  if (thread != NULL)
    g_thread_join (thread);

  if (list->n_chunks + job.list.n_chunks > list->capacity)
    {
      list->capacity = list->n_chunks + job.list.n_chunks;
      list->chunks = g_renew (DiptychChunk, list->chunks, list->capacity);
    }
  memcpy (list->chunks + list->n_chunks, job.list.chunks,
          job.list.n_chunks * sizeof (DiptychChunk));
  list->n_chunks += job.list.n_chunks;
  g_free (job.list.chunks);
}

DiptychChunk *
diptych_chunk_text (const char        *text,
                    gsize              n_bytes,
                    DiptychChunkTable *table,
                    gboolean           add_keys,
                    guint             *n_chunks)
{
  ChunkList chunk_list;
  ChunkList *list = &chunk_list;

  *n_chunks = 0;
  g_return_val_if_fail (n_bytes < G_MAXUINT32, NULL);

  chunk_list_init (list, n_bytes);
  cut_text ((const guchar *)text, n_bytes, list);

  /* Interning touches the table at random: ask for the slots a few chunks
   * ahead, so that the memory is there when they come.
   */
  if (add_keys)
    chunk_table_reserve (table, list->n_chunks);
  for (guint i = 0; i < list->n_chunks; i++)
    {
      DiptychChunk *chunk = &list->chunks[i];

      if (i + PREFETCH_DISTANCE < list->n_chunks)
        __builtin_prefetch (&table->slots[list->chunks[i + PREFETCH_DISTANCE].key & (table->n_slots - 1)]);
      chunk->key = chunk_table_intern (table, chunk->key, text + chunk->byte_start,
                                       chunk->byte_end - chunk->byte_start, add_keys, NULL);
    }

  *n_chunks = list->n_chunks;
  return list->chunks;
}

/* The chunk of @chunks that starts at @byte_start, or -1. */
static gint
find_chunk (const DiptychChunk *chunks,
            guint               n_chunks,
            gsize               byte_start)
{
  guint lo = 0, hi = n_chunks;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (chunks[mid].byte_start < byte_start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < n_chunks && chunks[lo].byte_start == byte_start ? (gint)lo : -1;
}

/* How many bytes @a and @b have alike from their start, eight at a time. */
static inline gsize
common_prefix (const guchar *a,
               const guchar *b,
               gsize         n)
{
  gsize i = 0;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  for (; i + 8 <= n; i += 8)
    {
      guint64 x, y;

      memcpy (&x, a + i, 8);
      memcpy (&y, b + i, 8);
      if (x != y)
        return i + __builtin_ctzll (x ^ y) / 8;
    }
#endif
  while (i < n && a[i] == b[i])
    i++;
  return i;
}

/* Whether the text at @p has the words of the @n bytes at @known, with
 * whitespace that may differ: a re-wrapped line. Sets *@end to where the
 * last of them ends.
 */
static gboolean
same_words_at (const guchar *text,
               gsize         n_bytes,
               gsize         p,
               const guchar *known,
               gsize         n,
               gsize        *end)
{
  const guchar *known_end = known + n;

  for (;;)
    {
      gsize same = common_prefix (known, text + p, MIN ((gsize)(known_end - known), n_bytes - p));

      known += same;
      p += same;
      if (known == known_end)
        break;
      /* Whitespace against whitespace, or a run of it longer on one side;
       * anything else is another word. A chunk ends with a word, so more
       * of it comes after the whitespace.
       */
      if (p == n_bytes)
        return FALSE;
      if (!(diptych_chunk_is_space (*known) && diptych_chunk_is_space (text[p])) &&
          !(same > 0 && diptych_chunk_is_space (known[-1])))
        return FALSE;
      while (diptych_chunk_is_space (*known))
        known++;
      while (p < n_bytes && diptych_chunk_is_space (text[p]))
        p++;
    }

  *end = p;
  return TRUE;
}

/* Whether the text at @p has the words of @chunk of @known_text, as a whole
 * chunk: its last word ends there too (and if the chunk ended its text
 * without a cut, so does the text). The chunk is cut after the same words
 * whatever the whitespace between them, so lines wrapped elsewhere do not
 * matter. Sets *@end to where the chunk ends in the text.
 */
static gboolean
has_chunk_at (const guchar       *text,
              gsize               n_bytes,
              gsize               p,
              const char         *known_text,
              const DiptychChunk *chunk,
              gboolean            last,
              gsize              *end)
{
  gsize length = chunk->byte_end - chunk->byte_start;

  if (length <= n_bytes - p && memcmp (text + p, known_text + chunk->byte_start, length) == 0)
    p += length;
  else if (!same_words_at (text, n_bytes, p, (const guchar *)known_text + chunk->byte_start,
                           length, &p))
    return FALSE;

  *end = p;
  if (!last)
    return p == n_bytes || diptych_chunk_is_space (text[p]);

  while (p < n_bytes && diptych_chunk_is_space (text[p]))
    p++;
  return p == n_bytes;
}

/**
 * diptych_chunk_text_against:
 * @text: the text; it must outlive @table
 * @table: the table that has the keys of @known
 * @known_text: a text that @table has the chunks of, added first
 * @known: (array length=n_known): the chunks of @known_text, with keys
 * @n_chunks: (out): how many chunks there are
 *
 * Chunks @text as diptych_chunk_text() does without adding keys, with the
 * same result, but faster where @text has runs of the same bytes as
 * @known_text: there the chunks are checked against @known and taken from
 * it instead of being cut word by word. A chunk is cut the same way after
 * the same words, so after a chunk of @known the next one can be compared
 * at once.
 *
 * Returns: (transfer full) (array length=n_chunks): the chunks, in order
 */
DiptychChunk *
diptych_chunk_text_against (const char         *text,
                            gsize               n_bytes,
                            DiptychChunkTable  *table,
                            const char         *known_text,
                            gsize               known_bytes,
                            const DiptychChunk *known,
                            guint               n_known,
                            guint              *n_chunks)
{
  const guchar *utext = (const guchar *)text;
  ChunkList chunk_list;
  ChunkList *list = &chunk_list;
  Cutter cutter;
  guint next = 0;             /* the chunk of @known that may come next */
  gboolean in_step = TRUE;    /* the cutter is as after known[next - 1] */
  gboolean hash_known = TRUE; /* the cutter knows its last word's hash */

  *n_chunks = 0;
  g_return_val_if_fail (n_bytes < G_MAXUINT32, NULL);

  chunk_list_init (list, n_bytes);
  cutter_init (&cutter, utext, n_bytes);

  for (;;)
    {
      guint before = list->n_chunks;
      const char *found = NULL;
      gboolean more;

      if (in_step)
        {
          gsize p = cutter.pos, chunk_end;

          while (p < n_bytes && diptych_chunk_is_space (text[p]))
            p++;
          if (next < n_known &&
              has_chunk_at (utext, n_bytes, p, known_text, &known[next], next + 1 == n_known,
                            &chunk_end))
            {
              add_chunk (list, p, chunk_end, 0);
              list->chunks[before].key = known[next].key;
              cutter.pos = list->chunks[before].byte_end;
              next++;
              hash_known = FALSE;
              continue;
            }

          /* Out of step: the cutter goes on from the last chunk taken. */
          in_step = FALSE;
          if (!hash_known)
            {
              const DiptychChunk *last = &known[next - 1];
              gsize word = last->byte_end;

              while (word > last->byte_start && !diptych_chunk_is_space (known_text[word - 1]))
                word--;
              cutter.previous_word_hash =
                diptych_hash_bytes_high ((const guchar *)known_text + word, last->byte_end - word,
                                         (const guchar *)known_text + last->byte_end);
              hash_known = TRUE;
            }
        }

      more = cutter_run (&cutter, list, TRUE);
      for (guint i = before; i < list->n_chunks; i++)
        {
          DiptychChunk *chunk = &list->chunks[i];

          chunk->key = chunk_table_intern (table, chunk->key, text + chunk->byte_start,
                                           chunk->byte_end - chunk->byte_start, FALSE, &found);
        }
      if (!more)
        break;

      /* The same words as a chunk of @known: the cutter is as after it. */
      if (found != NULL && (guintptr)found - (guintptr)known_text < known_bytes)
        {
          gint j = find_chunk (known, n_known, (guintptr)found - (guintptr)known_text);

          if (j >= 0)
            {
              next = j + 1;
              in_step = TRUE;
            }
        }
    }

  *n_chunks = list->n_chunks;
  return list->chunks;
}
