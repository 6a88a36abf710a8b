/* diptych-text.c: an article's text, loaded exactly as stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-text"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <glib/gi18n-lib.h>

#include "diptych-text.h"
#include "diptych-text-private.h"

/* For every block of INDEX_BLOCK bytes the index holds the number of code
 * points before it, so that converting a byte offset to a code point offset
 * counts at most one block, and the reverse searches the index and then
 * skips at most one block.
 */
#define INDEX_BLOCK 64

struct _DiptychText
{
  GObject  parent_instance;

  char    *path;  /* the local file it was loaded from, or NULL */
  char    *name;
  const char  *contents;  /* NUL-terminated at n_bytes */
  char        *owned;     /* contents read into memory, or */
  GMappedFile *mapped;    /* contents mapped from the file */
  gsize    n_bytes;
  gsize    n_chars;
  guint32 *block_chars;   /* code points before each INDEX_BLOCK bytes */
  gsize    n_blocks;
  char    *sha256;        /* computed once, on first use */
};

G_DEFINE_FINAL_TYPE (DiptychText, diptych_text, G_TYPE_OBJECT)

G_DEFINE_QUARK (diptych-text-error-quark, diptych_text_error)

static void
diptych_text_finalize (GObject *object)
{
  DiptychText *self = (DiptychText *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->owned, g_free);
  g_clear_pointer (&self->mapped, g_mapped_file_unref);
  g_clear_pointer (&self->block_chars, g_free);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (diptych_text_parent_class)->finalize (object);
}

static void
diptych_text_class_init (DiptychTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = diptych_text_finalize;
}

static void
diptych_text_init (DiptychText *self)
{
}

static inline gboolean
ascii_word (const char *p)
{
  guint64 w;

  memcpy (&w, p, sizeof w);
  return (w & G_GUINT64_CONSTANT (0x8080808080808080)) == 0;
}

/* One bit (the high one) for each continuation byte (10xxxxxx) of @w. */
static inline guint64
continuation_bits (guint64 w)
{
  return w & ~(w << 1) & G_GUINT64_CONSTANT (0x8080808080808080);
}

static inline guint
count_high_bits (guint64 bits)
{
  /* The multiplication adds up the bytes' bits in the top byte. */
  return ((bits >> 7) * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56;
}

static gboolean
check_size (guint64      size,
            const char  *name,
            GError     **error)
{
  if (size <= DIPTYCH_TEXT_MAX_SIZE)
    return TRUE;

  {
    g_autofree char *size_text = g_format_size (size);
    g_autofree char *max_text = g_format_size (DIPTYCH_TEXT_MAX_SIZE);

    /* Translators: the sizes are as g_format_size() writes them: "70.8 MB" */
    g_set_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_TOO_LARGE,
                 _("“%s” is too large (%s; at most %s)"), name, size_text, max_text);
  }
  return FALSE;
}

static inline gboolean
is_continuation (guchar c)
{
  return (c & 0xC0) == 0x80;
}

/* Validates the UTF-8 sequences that start from *@pos to before @until
 * (the last may end after it), as g_utf8_validate does (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF). Moves *@pos past
 * them, or to the first invalid one and returns FALSE.
 */
static gboolean
validate_utf8 (const guchar *s,
               gsize         n_bytes,
               gsize        *pos,
               gsize         until)
{
  gsize i = *pos;
  gboolean valid = TRUE;

  while (i < until)
    {
      guchar c;

      while (i + 8 <= until && ascii_word ((const char *)s + i))
        i += 8;
      if (i >= until)
        break;

      c = s[i];
      if (c < 0x80)
        {
          i++;
        }
      else if (c < 0xC2)
        {
          valid = FALSE;
        }
      else if (c < 0xE0)
        {
          valid = i + 1 < n_bytes && is_continuation (s[i + 1]);
          if (valid)
            i += 2;
        }
      else if (c < 0xF0)
        {
          valid = i + 2 < n_bytes && is_continuation (s[i + 1]) && is_continuation (s[i + 2]) &&
                  !(c == 0xE0 && s[i + 1] < 0xA0) &&    /* overlong */
                  !(c == 0xED && s[i + 1] >= 0xA0);     /* surrogate */
          if (valid)
            i += 3;
        }
      else if (c < 0xF5)
        {
          valid = i + 3 < n_bytes && is_continuation (s[i + 1]) &&
                  is_continuation (s[i + 2]) && is_continuation (s[i + 3]) &&
                  !(c == 0xF0 && s[i + 1] < 0x90) &&    /* overlong */
                  !(c == 0xF4 && s[i + 1] >= 0x90);     /* past U+10FFFF */
          if (valid)
            i += 4;
        }
      else
        {
          valid = FALSE;
        }
      if (!valid)
        break;
    }

  *pos = i;
  return valid;
}

/* Whether the INDEX_BLOCK bytes at @p have a byte with its high bit set,
 * and whether they have a NUL.
 */
static inline void
scan_block (const guchar *p,
            gboolean     *any_high,
            gboolean     *any_nul)
{
#ifdef __SSE2__
  __m128i high = _mm_setzero_si128 (), nul = _mm_setzero_si128 ();

  for (guint i = 0; i < INDEX_BLOCK / 16; i++)
    {
      __m128i x;

      memcpy (&x, p + 16 * i, sizeof x);  /* an unaligned load */
      high = _mm_or_si128 (high, x);
      nul = _mm_or_si128 (nul, _mm_cmpeq_epi8 (x, _mm_setzero_si128 ()));
    }
  *any_high = _mm_movemask_epi8 (high) != 0;
  *any_nul = _mm_movemask_epi8 (nul) != 0;
#else
  guint64 high = 0, nul = 0;

  for (guint i = 0; i < INDEX_BLOCK / 8; i++)
    {
      guint64 w;

      memcpy (&w, p + 8 * i, sizeof w);
      high |= w;
      /* A zero byte borrows, and only a zero byte sets a high bit here
       * before any borrow does.
       */
      nul |= (w - G_GUINT64_CONSTANT (0x0101010101010101)) & ~w;
    }
  *any_high = (high & G_GUINT64_CONSTANT (0x8080808080808080)) != 0;
  *any_nul = (nul & G_GUINT64_CONSTANT (0x8080808080808080)) != 0;
#endif
}

static gboolean
refuse_binary (const guchar  *data,
               gsize          n_bytes,
               gsize          offset,
               const char    *name,
               GError       **error)
{
  const guchar *nul = memchr (data, '\0', n_bytes);

  g_set_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_BINARY,
               _("“%s” is a binary file, not text (NUL byte at byte %lu)"),
               name, (gulong)(offset + (nul - data)));
  return FALSE;
}

static gboolean
refuse_invalid (const guchar  *data,
                gsize          n_bytes,
                gsize          invalid,
                gsize          offset,
                const char    *name,
                GError       **error)
{
  /* A NUL after the invalid bytes still makes the file binary. */
  if (memchr (data, '\0', n_bytes) != NULL)
    return refuse_binary (data, n_bytes, offset, name, error);

  g_set_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_INVALID_UTF8,
               _("“%s” is not valid UTF-8 text (invalid byte sequence at byte %lu)"),
               name, (gulong)(offset + invalid));
  return FALSE;
}

/* Checks the text and builds its index in one pass over the bytes:
 * refuses NUL bytes (binary files, whatever else they have) and invalid
 * UTF-8. @offset is where the contents start in the file, for messages.
 */
static gboolean
diptych_text_scan (DiptychText  *self,
                   gsize         offset,
                   GError      **error)
{
  const guchar *data = (const guchar *)self->contents;
  gsize n_bytes = self->n_bytes;
  gsize n_blocks = n_bytes / INDEX_BLOCK;
  gsize tail = n_blocks * INDEX_BLOCK;
  gsize n_chars = 0;
  gsize valid_to = 0;  /* the bytes before this are valid UTF-8 */

  if (!check_size (n_bytes, self->name, error))
    return FALSE;

  self->n_blocks = n_blocks + 1;
  self->block_chars = g_new (guint32, self->n_blocks);

  for (gsize k = 0; k < n_blocks; k++)
    {
      const guchar *block = data + k * INDEX_BLOCK;
      gboolean any_high, any_nul;

      scan_block (block, &any_high, &any_nul);
      if (G_UNLIKELY (any_nul))
        return refuse_binary (data, n_bytes, offset, self->name, error);

      self->block_chars[k] = n_chars;
      if (!any_high)
        {
          n_chars += INDEX_BLOCK;
          continue;
        }

      /* Blocks of ASCII since the last sequence checked are valid. */
      n_chars += diptych_utf8_count_chars ((const char *)block, INDEX_BLOCK);
      valid_to = MAX (valid_to, k * INDEX_BLOCK);
      if (!validate_utf8 (data, n_bytes, &valid_to, (k + 1) * INDEX_BLOCK))
        return refuse_invalid (data, n_bytes, valid_to, offset, self->name, error);
    }

  /* The last bytes, fewer than a block. */
  if (memchr (data + tail, '\0', n_bytes - tail) != NULL)
    return refuse_binary (data, n_bytes, offset, self->name, error);
  valid_to = MAX (valid_to, tail);
  if (!validate_utf8 (data, n_bytes, &valid_to, n_bytes))
    return refuse_invalid (data, n_bytes, valid_to, offset, self->name, error);

  self->block_chars[n_blocks] = n_chars;
  self->n_chars = n_chars + diptych_utf8_count_chars ((const char *)data + tail, n_bytes - tail);
  return TRUE;
}

/* Takes @owned or @mapped, whichever holds the contents, NUL-terminated at
 * @n_bytes, and frees it if they are not UTF-8 text.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
static DiptychText *
diptych_text_new_internal (char         *owned,
                           GMappedFile  *mapped,
                           gsize         n_bytes,
                           const char   *name,
                           GError      **error)
{
  DiptychText *self = g_object_new (DIPTYCH_TYPE_TEXT, NULL);
  const char *contents = owned != NULL ? owned : g_mapped_file_get_contents (mapped);
  gsize bom = 0;

  /* A leading byte-order mark is not part of the article. */
  if (n_bytes >= 3 && memcmp (contents, "\xEF\xBB\xBF", 3) == 0)
    bom = 3;

  self->owned = owned;
  self->mapped = mapped;
  self->contents = contents + bom;
  self->n_bytes = n_bytes - bom;
  self->name = g_strdup (name);
  if (!diptych_text_scan (self, bom, error))
    g_clear_object (&self);

  return self;
}

/**
 * diptych_text_new_from_bytes:
 * @bytes: the raw file contents
 * @name: a name for messages (usually the file's path)
 *
 * Returns: (transfer full): the text, or %NULL with @error set when @bytes
 *   is not UTF-8 text
 */
DiptychText *
diptych_text_new_from_bytes (GBytes      *bytes,
                             const char  *name,
                             GError     **error)
{
  gsize n_bytes = 0;
  const char *data;
  char *copy;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  data = g_bytes_get_data (bytes, &n_bytes);
  if (data == NULL)
    data = "";
  if (!check_size (n_bytes, name, error))
    return NULL;

  copy = g_malloc (n_bytes + 1);
  memcpy (copy, data, n_bytes);
  copy[n_bytes] = '\0';

  return diptych_text_new_internal (copy, NULL, n_bytes, name, error);
}

/**
 * diptych_text_new_from_string:
 * @utf8: valid UTF-8
 * @name: (nullable): a name for messages
 *
 * Returns: (transfer full): a text holding a copy of @utf8
 */
DiptychText *
diptych_text_new_from_string (const char *utf8,
                              const char *name)
{
  g_return_val_if_fail (utf8 != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (utf8, -1, NULL), NULL);

  return diptych_text_new_internal (g_strdup (utf8), NULL, strlen (utf8), name ? name : "", NULL);
}

/**
 * diptych_text_set_error:
 * @code: %DIPTYCH_TEXT_ERROR_NOT_FOUND, %DIPTYCH_TEXT_ERROR_IS_DIRECTORY
 *   or %DIPTYCH_TEXT_ERROR_UNREADABLE
 * @reason: why the file cannot be read, for %DIPTYCH_TEXT_ERROR_UNREADABLE
 *
 * Sets the error for a file that could not be opened or read, with the
 * same message however the file was being read.
 *
 * Returns: %FALSE
 */
gboolean
diptych_text_set_error (GError           **error,
                        DiptychTextError   code,
                        const char        *name,
                        const char        *reason)
{
  switch (code)
    {
    case DIPTYCH_TEXT_ERROR_NOT_FOUND:
      g_set_error (error, DIPTYCH_TEXT_ERROR, code, _("“%s” does not exist"), name);
      break;
    case DIPTYCH_TEXT_ERROR_IS_DIRECTORY:
      g_set_error (error, DIPTYCH_TEXT_ERROR, code, _("“%s” is a folder, not a text file"), name);
      break;
    default:
      g_set_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_UNREADABLE,
                   _("“%s” cannot be read: %s"), name, reason);
      break;
    }
  return FALSE;
}

/* Refuses what is not a regular file of a size an article can have. */
gboolean
diptych_text_check_file (gboolean     is_directory,
                         gboolean     is_regular,
                         goffset      size,
                         const char  *name,
                         GError     **error)
{
  if (is_directory)
    return diptych_text_set_error (error, DIPTYCH_TEXT_ERROR_IS_DIRECTORY, name, NULL);
  if (!is_regular)
    {
      g_set_error (error, DIPTYCH_TEXT_ERROR, DIPTYCH_TEXT_ERROR_NOT_REGULAR,
                   _("“%s” is not a regular file"), name);
      return FALSE;
    }
  return check_size (size, name, error);
}

static gboolean
set_error_from_errno (int          saved_errno,
                      const char  *name,
                      GError     **error)
{
  DiptychTextError code = saved_errno == ENOENT ? DIPTYCH_TEXT_ERROR_NOT_FOUND :
                          saved_errno == EISDIR ? DIPTYCH_TEXT_ERROR_IS_DIRECTORY :
                          DIPTYCH_TEXT_ERROR_UNREADABLE;

  return diptych_text_set_error (error, code, name, g_strerror (saved_errno));
}

static char *
read_fd (int          fd,
         gsize        expected_size,
         const char  *name,
         gsize       *n_bytes,
         GError     **error)
{
  g_autofree char *buffer = NULL;
  gsize capacity = expected_size + 1, length = 0;

  buffer = g_malloc (capacity + 1);
  for (;;)
    {
      gssize n = read (fd, buffer + length, capacity - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return (set_error_from_errno (errno, name, error), NULL);
      if (n == 0)
        break;
      length += n;
      if (length == capacity)
        {
          if (capacity > DIPTYCH_TEXT_MAX_SIZE)
            break;  /* refused as too large by the caller */
          capacity *= 2;
          buffer = g_realloc (buffer, capacity + 1);
        }
    }

  buffer[length] = '\0';
  *n_bytes = length;
  return g_steal_pointer (&buffer);
}

/* Reads a regular file or a stream (pipe, terminal, socket) to its end,
 * into memory: a mapped file that shrinks under us would kill the process.
 */
static DiptychText *
load_fd (int          fd,
         const char  *name,
         GError     **error)
{
  g_autofree char *contents = NULL;
  struct stat st;
  gsize n_bytes = 0;
  gboolean stream;

  if (fstat (fd, &st) != 0)
    return (set_error_from_errno (errno, name, error), NULL);

  stream = S_ISFIFO (st.st_mode) || S_ISCHR (st.st_mode) || S_ISSOCK (st.st_mode);
  if (stream)
    {
      int flags = fcntl (fd, F_GETFL);

      /* Opened without blocking (a FIFO with no writer would block the
       * open forever); read it as a stream: to its end, or to EOF at once
       * when nobody writes.
       */
      if (flags != -1 && (flags & O_NONBLOCK))
        fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);
      /* Its size is known only once it is read: read it all, and stop
       * beyond the limit.
       */
      contents = read_fd (fd, 64 * 1024, name, &n_bytes, error);
      if (contents == NULL || !check_size (n_bytes, name, error))
        return NULL;
      return diptych_text_new_internal (g_steal_pointer (&contents), NULL, n_bytes, name, error);
    }

  if (!diptych_text_check_file (S_ISDIR (st.st_mode), S_ISREG (st.st_mode), st.st_size, name, error))
    return NULL;

  contents = read_fd (fd, st.st_size, name, &n_bytes, error);
  if (contents == NULL || !check_size (n_bytes, name, error))
    return NULL;
  return diptych_text_new_internal (g_steal_pointer (&contents), NULL, n_bytes, name, error);
}

/**
 * diptych_text_load_local:
 * @path: a local file's name
 * @name: the name for messages
 *
 * Loads a local file with plain system calls: the command-line tool starts
 * faster without GIO, which it would load only for this. The file is
 * opened without blocking (a FIFO would block open() until a writer came);
 * a regular file or a stream (a pipe, `<(…)`, /dev/stdin) is read to its
 * end, never mapped: a mapped file that another program truncates kills
 * the reader with SIGBUS. Folders and devices other than streams are
 * refused.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
DiptychText *
diptych_text_load_local (const char  *path,
                         const char  *name,
                         GError     **error)
{
  DiptychText *self;
  int fd;

  fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0)
    return (set_error_from_errno (errno, name, error), NULL);

  self = load_fd (fd, name, error);
  close (fd);
  if (self != NULL)
    self->path = g_strdup (path);
  return self;
}

/**
 * diptych_text_new_from_fd:
 * @fd: an open file descriptor, such as 0 for standard input
 * @name: the name for messages
 *
 * Reads @fd to its end as UTF-8 text: a regular file, or a stream (a pipe,
 * a terminal, a socket: `-`, `/dev/stdin`, `<(…)`) read up to
 * %DIPTYCH_TEXT_MAX_SIZE. Does not close @fd.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
DiptychText *
diptych_text_new_from_fd (int          fd,
                          const char  *name,
                          GError     **error)
{
  g_return_val_if_fail (fd >= 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return load_fd (fd, name, error);
}

/**
 * diptych_arg_is_uri:
 * @arg: a command-line argument naming an article
 *
 * Only `scheme://…` (file:///tmp/a.txt, sftp://host/a.txt) is a URI: a
 * file name may hold a colon (`notes:v2.txt`, `story-10:30.txt`,
 * `C:story.txt`), and it is a file name.
 *
 * Returns: whether @arg is a URI rather than a local file name
 */
gboolean
diptych_arg_is_uri (const char *arg)
{
  g_return_val_if_fail (arg != NULL, FALSE);

  if (!g_ascii_isalpha (arg[0]))
    return FALSE;
  for (const char *p = arg + 1; *p != '\0'; p++)
    {
      if (*p == ':')
        return p[1] == '/' && p[2] == '/';
      if (!g_ascii_isalnum (*p) && *p != '+' && *p != '-' && *p != '.')
        return FALSE;
    }
  return FALSE;
}

/**
 * diptych_text_new_from_path:
 * @path: a local file's name
 *
 * Loads @path as UTF-8 text. Refuses missing files, folders, special files,
 * binary data, invalid UTF-8 and files over %DIPTYCH_TEXT_MAX_SIZE, with an
 * error naming the file. The file is read into memory. Files elsewhere (URIs) are for
 * diptych_text_new_from_file(), which needs GIO.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
DiptychText *
diptych_text_new_from_path (const char  *path,
                            GError     **error)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  canonical = g_canonicalize_filename (path, NULL);
  return diptych_text_load_local (canonical, canonical, error);
}

/**
 * diptych_text_get_path:
 *
 * Returns: (nullable): the local file the text was loaded from
 */
const char *
diptych_text_get_path (DiptychText *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT (self), NULL);

  return self->path;
}

/**
 * diptych_text_get_name:
 *
 * Returns: the name used in messages: the file's path, or the name given
 */
const char *
diptych_text_get_name (DiptychText *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT (self), NULL);

  return self->name;
}

/**
 * diptych_text_get_contents:
 * @n_bytes: (out) (optional): length in bytes
 *
 * Returns: the UTF-8 text, NUL-terminated, without a byte-order mark
 */
const char *
diptych_text_get_contents (DiptychText *self,
                           gsize       *n_bytes)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT (self), NULL);

  if (n_bytes != NULL)
    *n_bytes = self->n_bytes;
  return self->contents;
}

/**
 * diptych_text_get_n_chars:
 *
 * Returns: the length in Unicode code points, the unit of every offset
 */
gsize
diptych_text_get_n_chars (DiptychText *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT (self), 0);

  return self->n_chars;
}

/**
 * diptych_utf8_count_chars:
 * @text: valid UTF-8
 *
 * Like g_utf8_strlen() with a length, eight bytes at a time: the code
 * points are the bytes that are not continuation bytes (10xxxxxx).
 *
 * Returns: the number of code points in the first @n_bytes of @text
 */
gsize
diptych_utf8_count_chars (const char *text,
                          gsize       n_bytes)
{
  gsize continuation = 0;
  gsize i = 0;

  for (; i + 8 <= n_bytes; i += 8)
    {
      guint64 w;

      memcpy (&w, text + i, sizeof w);
      continuation += count_high_bits (continuation_bits (w));
    }
  for (; i < n_bytes; i++)
    continuation += ((guchar)text[i] & 0xC0) == 0x80;

  return n_bytes - continuation;
}

/**
 * diptych_utf8_skip_chars:
 * @text: valid UTF-8
 * @end: the end of @text, which is not read past
 *
 * Like g_utf8_offset_to_pointer(), eight ASCII characters at a time.
 *
 * Returns: the character @n_chars code points after @text, or @end
 */
const char *
diptych_utf8_skip_chars (const char *text,
                         const char *end,
                         gsize       n_chars)
{
  const char *p = text;

  while (n_chars > 0 && p < end)
    {
      if (n_chars >= 8 && end - p >= 8 && ascii_word (p))
        {
          p += 8;
          n_chars -= 8;
          continue;
        }
      p = g_utf8_next_char (p);
      n_chars--;
    }

  return MIN (p, end);
}

/**
 * diptych_utf8_one_line:
 * @text: UTF-8
 *
 * For a row or a list, where a mark's words must stay on one line: an
 * article with its lines wrapped has line breaks inside sentences.
 *
 * Returns: (transfer full): @text with each run of spaces, tabs and line
 *   breaks that holds a tab or a line break made one space
 */
char *
diptych_utf8_one_line (const char *text)
{
  GString *line;

  g_return_val_if_fail (text != NULL, NULL);

  line = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; )
    {
      gsize run = strspn (p, " \t\r\n");

      if (run > 0 && strcspn (p, "\t\r\n") < run)
        g_string_append_c (line, ' ');
      else
        g_string_append_len (line, p, run);
      p += run;
      run = strcspn (p, " \t\r\n");
      g_string_append_len (line, p, run);
      p += run;
    }
  return g_string_free (line, FALSE);
}

/* Whether a block of the index has as many characters as bytes. */
static inline gboolean
block_is_ascii (DiptychText *self,
                gsize        block)
{
  gsize n_bytes = MIN (INDEX_BLOCK, self->n_bytes - block * INDEX_BLOCK);
  gsize next = block + 1 < self->n_blocks ? self->block_chars[block + 1] : self->n_chars;

  return next - self->block_chars[block] == n_bytes;
}

/**
 * diptych_text_char_to_byte:
 * @char_offset: a code point offset, clamped to the length
 *
 * Returns: the byte offset of that code point
 */
gsize
diptych_text_char_to_byte (DiptychText *self,
                           gsize        char_offset)
{
  const char *p, *end;
  gsize lo, hi, step;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (self), 0);

  if (char_offset >= self->n_chars)
    return self->n_bytes;
  if (self->n_chars == self->n_bytes)
    return char_offset;  /* all ASCII */

  /* The last block that starts at or before the character. A block has at
   * most INDEX_BLOCK characters, so it is no earlier than this, and most
   * text is ASCII, so it is usually close: gallop, then halve.
   */
  lo = char_offset / INDEX_BLOCK;
  for (step = 1; lo + step < self->n_blocks && self->block_chars[lo + step] <= char_offset; step *= 2)
    lo += step;
  hi = MIN (lo + step, self->n_blocks);
  while (hi - lo > 1)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (self->block_chars[mid] <= char_offset)
        lo = mid;
      else
        hi = mid;
    }

  if (block_is_ascii (self, lo))
    return lo * INDEX_BLOCK + (char_offset - self->block_chars[lo]);

  /* The block may start inside a character, which counts before it. */
  p = self->contents + lo * INDEX_BLOCK;
  end = self->contents + self->n_bytes;
  while (p < end && ((guchar)*p & 0xC0) == 0x80)
    p++;
  p = diptych_utf8_skip_chars (p, end, char_offset - self->block_chars[lo]);

  return p - self->contents;
}

/**
 * diptych_text_byte_to_char:
 * @byte_offset: a byte offset on a character boundary, clamped to the length
 *
 * Returns: the code point offset of that byte
 */
gsize
diptych_text_byte_to_char (DiptychText *self,
                           gsize        byte_offset)
{
  gsize block;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (self), 0);

  if (byte_offset >= self->n_bytes)
    return self->n_chars;

  block = byte_offset / INDEX_BLOCK;
  if (block_is_ascii (self, block))
    return self->block_chars[block] + byte_offset % INDEX_BLOCK;
  return self->block_chars[block] +
         diptych_utf8_count_chars (self->contents + block * INDEX_BLOCK,
                                   byte_offset - block * INDEX_BLOCK);
}

/**
 * diptych_text_dup_range:
 *
 * Returns: (transfer full): the text between two code point offsets
 */
char *
diptych_text_dup_range (DiptychText *self,
                        gsize        char_start,
                        gsize        char_end)
{
  gsize start, end;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (self), NULL);
  g_return_val_if_fail (char_start <= char_end, NULL);

  start = diptych_text_char_to_byte (self, char_start);
  end = diptych_text_char_to_byte (self, char_end);

  return g_strndup (self->contents + start, end - start);
}

/**
 * diptych_text_get_sha256:
 *
 * The hash is computed once per text (a text never changes), from any
 * thread: every save of a sidecar names it.
 *
 * Returns: the hex SHA-256 of the text as stored (without a BOM)
 */
const char *
diptych_text_get_sha256 (DiptychText *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT (self), NULL);

  if (g_once_init_enter (&self->sha256))
    g_once_init_leave (&self->sha256,
                       g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                    (const guchar *)self->contents,
                                                    self->n_bytes));
  return self->sha256;
}
