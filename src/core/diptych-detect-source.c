/* diptych-detect-source.c: who is cited, and what they are cited for
 *
 * A source is the noun phrase before a reporting verb ("the ministry
 * said", "Civil society leaders put the toll"), after one when a quote or
 * clause comes first ("…,” said Dr Amina Yusuf), or after "according to",
 * "citing", "carried by"; and the owner of a figure ("the ministry's
 * count"). Pronouns are not sources. The claim is what the verb reports:
 * the clause after it, the clause or quote before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-detect-private.h"

#define MAX_SOURCE_TOKENS 20

static gboolean
is_punct (DetectContext *ctx,
          guint          i)
{
  return detect_key (ctx, i)->kind == DIPTYCH_TOKEN_PUNCTUATION;
}

/* Punctuation that ends a noun phrase: not the point of "U.N." or "Dr.",
 * nor an apostrophe, an ampersand or brackets.
 */
static gboolean
is_boundary (DetectContext *ctx,
             guint          i)
{
  const char *w;

  if (!is_punct (ctx, i))
    return FALSE;
  w = detect_lower (ctx, i);
  /* one byte each */
  if (w[1] == '\0')
    return strchr (".'&()", w[0]) == NULL;
  /* "U.N.-backed": a hyphen (which the tokenizer folds to a dash) written
   * between two words joins them
   */
  return !(i > 0 && i + 1 < ctx->n_tokens && ctx->contents[detect_token (ctx, i)->byte_start] == '-' &&
           detect_token (ctx, i - 1)->byte_end == detect_token (ctx, i)->byte_start &&
           detect_token (ctx, i + 1)->byte_start == detect_token (ctx, i)->byte_start + 1);
}

/* An acronym spelled like a word is a name: "the WHO said". */
static gboolean
is_relative (DetectContext *ctx,
             guint          i)
{
  return detect_in (ctx, i, LEX_RELATIVE) && !detect_is_acronym (ctx, i);
}

static gboolean
is_pronoun (DetectContext *ctx,
            guint          i)
{
  return detect_in (ctx, i, LEX_PRONOUN) && !detect_is_acronym (ctx, i);
}

/* "quoted by", "cited by", "interviewed by", "contacted by", "reached
 * by": a participle that tells who passed the words on, or how.
 */
static gboolean
passed_on_by (DetectContext *ctx,
              guint          i,
              guint          last)
{
  return i + 1 < last && _diptych_detect_is (ctx, i + 1, "by") &&
         (_diptych_detect_is (ctx, i, "quoted") || _diptych_detect_is (ctx, i, "cited") ||
          _diptych_detect_is (ctx, i, "interviewed") || _diptych_detect_is (ctx, i, "contacted") ||
          _diptych_detect_is (ctx, i, "reached"));
}

/* "Its secretary-general", "their lawyer": a possessive before a title
 * or a source's noun names someone.
 */
static gboolean
is_possessed_title (DetectContext *ctx,
                    guint          first,
                    guint          last)
{
  if (!_diptych_detect_is (ctx, first, "its") && !_diptych_detect_is (ctx, first, "their") &&
      !_diptych_detect_is (ctx, first, "his") && !_diptych_detect_is (ctx, first, "her"))
    return FALSE;
  /* … "its head nurse", a person's noun */
  for (guint k = first + 1; k < last && k < first + 4; k++)
    if (detect_in (ctx, k, LEX_TITLE) || detect_in (ctx, k, LEX_SOURCE_TYPE) ||
        (detect_in (ctx, k, LEX_SOURCE_NOUN) && detect_value (ctx, k, LEX_SOURCE_NOUN) == SOURCE_NOUN_PERSON))
      return TRUE;
  return FALSE;
}

/* An auxiliary, unless it is a first name: "said May Haddad", "Will
 * Todd told…", written with a capital inside a sentence before another
 * name; or initials: "Islamic State Sahel Province (IS Sahel)".
 */
static gboolean
is_verb_like (DetectContext *ctx,
              guint          i)
{
  if (!detect_in (ctx, i, LEX_AUXILIARY) || detect_is_acronym (ctx, i))
    return FALSE;
  /* "Folha do Branco", "Ponta do Ouro": a Portuguese name's particle */
  if (_diptych_detect_is (ctx, i, "do") && !detect_key (ctx, i)->upper && i > 0 && i + 1 < ctx->n_tokens &&
      detect_key (ctx, i - 1)->upper && !is_punct (ctx, i - 1) && detect_key (ctx, i + 1)->upper &&
      !is_punct (ctx, i + 1))
    return FALSE;
  return !(detect_key (ctx, i)->upper && i > 0 && !is_punct (ctx, i - 1) && i + 1 < ctx->n_tokens &&
           detect_key (ctx, i + 1)->upper && !is_punct (ctx, i + 1) && !detect_in (ctx, i + 1, LEX_MONTH) &&
           !detect_in (ctx, i + 1, LEX_FUNCTION) && !is_pronoun (ctx, i + 1));
}

/* The role of a verb of source-verbs.txt, which reports only where the
 * words around it say so (see detect_in_sentence()), or 0.
 */
G_ALWAYS_INLINE static inline SourceVerbRole
source_verb (DetectContext *ctx,
             guint          i)
{
  return detect_in (ctx, i, LEX_SOURCE_VERB) ? detect_value (ctx, i, LEX_SOURCE_VERB) : 0;
}

/* The role of a noun of source-nouns.txt, or 0. */
static inline SourceNounRole
source_noun (DetectContext *ctx,
             guint          i)
{
  return detect_in (ctx, i, LEX_SOURCE_NOUN) ? detect_value (ctx, i, LEX_SOURCE_NOUN) : 0;
}

/* Whether a source found so far overlaps tokens @first..@last of
 * @sentence.
 */
static gboolean
overlaps_source (DetectContext *ctx,
                 guint          first,
                 guint          last,
                 guint          sentence)
{
  for (guint s = ctx->sources->len; s > 0; s--)
    {
      DetectItem *item = &g_array_index (ctx->sources, DetectItem, s - 1);

      if (item->first < last && first < item->last)
        return TRUE;
      if (item->last <= first && item->sentence + 1 < sentence)
        break;
    }
  return FALSE;
}

/* The source whose words end just before the aside that ends at the
 * comma @comma, the aside a noun phrase of a few words: "Tolera Bekele"
 * of "Tolera Bekele, a 38-year-old teacher,"; else the source that ends
 * at @comma; or -1.
 */
static gint
source_before_aside (DetectContext *ctx,
                     guint          first,
                     guint          comma)
{
  guint a;

  for (a = comma; a > first && comma - a < 8 && !is_punct (ctx, a - 1); a--)
    ;
  /* … no such aside: the source that ends at the comma, "said the mayor
   * of Vizcatán del Ene, Hilario Mendoza, who estimated"
   */
  if (a == first || a == comma || !_diptych_detect_is (ctx, a - 1, ",") ||
      !(_diptych_detect_is_article (ctx, a) || _diptych_detect_is (ctx, a, "the")))
    a = comma + 1;
  for (guint s = ctx->sources->len; s > 0; s--)
    {
      const DetectItem *item = &g_array_index (ctx->sources, DetectItem, s - 1);

      if (item->last == a - 1)
        return s - 1;
      if (item->last < first)
        break;
    }
  return -1;
}

/* Whether "one of" stands a few words before @i, in its clause. */
static gboolean
one_of_before (DetectContext *ctx,
               guint          first,
               guint          i)
{
  for (guint k = i; k > first + 1 && i - k < 7 && !is_punct (ctx, k - 1); k--)
    if (_diptych_detect_is (ctx, k - 1, "of") && _diptych_detect_is (ctx, k - 2, "one"))
      return TRUE;
  return FALSE;
}

/* The person noun a source's words start with, before any preposition:
 * "a doctor at the Doba hospital", "a food vendor outside the arena",
 * "Medics at the scene"; or @last.
 */
static guint
person_noun (DetectContext *ctx,
             guint          first,
             guint          last)
{
  guint i = first;

  while (i + 1 < last && !is_punct (ctx, i + 1) && !detect_in (ctx, i + 1, LEX_FUNCTION) &&
         !_diptych_detect_is (ctx, i + 1, "outside"))
    i++;
  return source_noun (ctx, i) == SOURCE_NOUN_PERSON ? i : last;
}

/* Whether a name is among tokens @first..@last: a capital that is not
 * initials ("MSF") nor the first word's.
 */
static gboolean
has_name (DetectContext *ctx,
          guint          first,
          guint          last)
{
  for (guint i = first + 1; i < last; i++)
    if (detect_key (ctx, i)->upper && !detect_key (ctx, i)->all_upper)
      return TRUE;
  return FALSE;
}

/* Whether tokens @first..@last name someone the article does not: "a
 * doctor at the Doba hospital", "an MSF nurse", "the officer", "Medics
 * at the scene"; not "a police officer at the scene, Captain Mohamed
 * Ali Gure", "a Kenyan nurse", "Doctors Without Borders".
 */
static gboolean
is_unnamed_person (DetectContext *ctx,
                   guint          first,
                   guint          last,
                   guint          aside_last)
{
  guint person = person_noun (ctx, first, last);
  guint comma = person;
  gboolean plural;

  while (comma < last && !_diptych_detect_is (ctx, comma, ","))
    comma++;
  /* named before the noun, or in an aside: "…, Captain Mohamed Gure" */
  if (person == last || has_name (ctx, first, person + 1) || has_name (ctx, comma, last) ||
      has_name (ctx, last, aside_last))
    return FALSE;
  plural = detect_ends_with (ctx, person, "s");
  if (_diptych_detect_is_article (ctx, first) ||
      _diptych_detect_is (ctx, first, "one"))
    return !plural;
  /* "the officer" again */
  if (_diptych_detect_is (ctx, first, "the"))
    return !plural && person == first + 1 && last == person + 1;
  return plural;
}

/* Whether the asides from @from on, up to the source's verb, ask that
 * the source not be named: "An aid worker in Semera, the Afar regional
 * capital, who asked not to be named", "who declined to be identified",
 * "on condition of anonymity".
 */
static gboolean
unnamed_by_request (DetectContext *ctx,
                    guint          from,
                    guint          to)
{
  if (!_diptych_detect_is (ctx, from, ","))
    return FALSE;
  for (guint k = from; k < to && k < from + 30 && !detect_in (ctx, k, LEX_REPORTING) &&
                       !_diptych_detect_is_quote (ctx, k); k++)
    if (_diptych_detect_is (ctx, k, "anonymity") ||
        ((_diptych_detect_is (ctx, k, "named") || _diptych_detect_is (ctx, k, "identified")) && k >= from + 3 &&
         _diptych_detect_is (ctx, k - 1, "be") &&
         (_diptych_detect_is (ctx, k - 3, "not") || _diptych_detect_is (ctx, k - 3, "declined") ||
          _diptych_detect_is (ctx, k - 3, "refused"))))
      return TRUE;
  return FALSE;
}

/* The type of the source named by tokens first..last, with the words of
 * an aside after it ("Dr. Samer Khattab, director of the town's main
 * hospital").
 */
static DiptychSourceType
classify (DetectContext *ctx,
          guint          first,
          guint          last,
          guint          aside_last,
          guint          sentence_last,
          gboolean      *by_head,
          guint         *head_token)
{
  static const guint order[] = {
    DIPTYCH_SOURCE_ANONYMOUS, DIPTYCH_SOURCE_MEDIA, DIPTYCH_SOURCE_MILITARY, DIPTYCH_SOURCE_NGO,
    DIPTYCH_SOURCE_OFFICIAL, SOURCE_TYPE_RANK, DIPTYCH_SOURCE_WITNESS, DIPTYCH_SOURCE_OTHER,
  };
  guint found = 0;
  gboolean indefinite = _diptych_detect_is_article (ctx, first);
  gboolean named = FALSE;
  guint head_at = last, matched_to = first;
  const char *head;

  for (guint i = first; i < aside_last; i++)
    {
      const DetectEntry *entry = NULL;
      guint n;

      /* an aside tells who someone is, a clause about them what they
       * did: "Angela Ruiz, who was working near the food court"; but
       * "The SITE Intelligence Group, which monitors jihadist media"
       */
      if (i >= last && (found != 0 || _diptych_detect_is (ctx, i, "who")))
        break;
      /* the words of an entry are not entries of their own: "secretary
       * general" is no "general"
       */
      n = i >= matched_to ? _diptych_detect_match (ctx, i, LEX_SOURCE_TYPE, &entry) : 0;
      if (n > 0 && (i < last || !detect_key (ctx, i)->upper))
        {
          found |= 1u << entry->value;
          matched_to = i + n;
        }
      if (i < last && i > first && detect_key (ctx, i)->upper && !detect_key (ctx, i)->all_upper)
        named = TRUE;
      if (i > first && i < last && head_at == last &&
          (_diptych_detect_is (ctx, i, "in") || _diptych_detect_is (ctx, i, "of") ||
           _diptych_detect_is (ctx, i, "for") || _diptych_detect_is (ctx, i, "from")))
        head_at = i;
    }
  head = detect_lower (ctx, head_at - 1);

  /* "a security official", "a police source", "the official"; "An aid
   * worker in Semera, …, who asked not to be named"
   */
  if ((found & (1u << DIPTYCH_SOURCE_ANONYMOUS)) ||
      (!detect_ends_with (ctx, head_at - 1, "s") && unnamed_by_request (ctx, last, sentence_last)) ||
      ((indefinite || last - first == 2) && !named &&
       (strcmp (head, "official") == 0 || strcmp (head, "source") == 0)) ||
      (indefinite && strcmp (head, "priest") == 0) ||
      (indefinite && last - first >= 2 && detect_ends_with (ctx, last - 1, "official")))
    return DIPTYCH_SOURCE_ANONYMOUS;
  if (indefinite && !named && (strcmp (head, "official") == 0 || strcmp (head, "priest") == 0))
    return DIPTYCH_SOURCE_ANONYMOUS;
  if (is_unnamed_person (ctx, first, last, aside_last))
    return DIPTYCH_SOURCE_ANONYMOUS;

  /* "Our team", "our medical teams in the area": the aid group that
   * writes (all 14 labelled)
   */
  if (_diptych_detect_is (ctx, first, "our") && (strcmp (head, "team") == 0 || strcmp (head, "teams") == 0))
    return DIPTYCH_SOURCE_NGO;

  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    if (found & (1u << order[k]))
      return order[k] == SOURCE_TYPE_RANK ? DIPTYCH_SOURCE_MILITARY : order[k];

  *by_head = TRUE;
  *head_token = head_at - 1;
  return DIPTYCH_SOURCE_OTHER;
}

/* How many sources back a name is looked for. */
#define NAME_LOOKBACK 50

/* The source @back sources before source @n of @ctx's part, in the parts
 * before when @n is not that many: %NULL when there is none, or when the
 * parts before are not known yet (then @unknown is set). @part is set to
 * the context of the source's part.
 */
static DetectItem *
source_before (DetectContext  *ctx,
               guint           n,
               guint           back,
               DetectContext **part,
               gboolean       *unknown)
{
  while (back > n)
    {
      back -= n;
      if (ctx->part > 0 && ctx->before == NULL)
        {
          *unknown = TRUE;
          return NULL;
        }
      ctx = ctx->before;
      if (ctx == NULL)
        return NULL;
      n = ctx->sources->len;
    }
  *part = ctx;
  return &g_array_index (ctx->sources, DetectItem, n - back);
}

/* The type of source @n of @ctx's part, which its words alone do not
 * tell, from the sources before it; it stays open when the parts before
 * could tell but are not known yet.
 */
static void
classify_by_head (DetectContext *ctx,
                  guint          n)
{
  DetectItem *item = &g_array_index (ctx->sources, DetectItem, n);
  const char *head = detect_lower (ctx, item->head);
  gboolean unknown = FALSE;
  DetectContext *part = NULL;
  DetectItem *before;

  item->open = FALSE;

  /* A name seen before keeps its type: "Khattab", "the team" */
  for (guint back = 1; back <= NAME_LOOKBACK; back++)
    {
      before = source_before (ctx, n, back, &part, &unknown);
      if (before == NULL)
        break;
      if (strcmp (detect_lower (part, before->last - 1), head) == 0)
        {
          item->source_type = before->source_type;
          item->open = before->open;
          return;
        }
    }

  /* "The statement", "the report": whoever issued the last one */
  if (strcmp (head, "statement") == 0 || strcmp (head, "report") == 0)
    {
      if ((before = source_before (ctx, n, 1, &part, &unknown)) != NULL)
        {
          /* open too when a name the parts before have may come first */
          item->source_type = before->source_type;
          item->open = before->open || unknown;
          return;
        }
    }

  item->open = unknown;
  if (item->last - item->first >= 2 && detect_key (ctx, item->first)->upper &&
      detect_key (ctx, item->last - 1)->upper && !_diptych_detect_is (ctx, item->first, "the") &&
      !detect_key (ctx, item->last - 1)->all_upper)
    item->source_type = DIPTYCH_SOURCE_WITNESS;  /* a person named without a role */
  else
    item->source_type = DIPTYCH_SOURCE_OTHER;
}

/**
 * _diptych_detect_settle_sources:
 *
 * Gives the sources of a part whose type the parts before tell their
 * type, once those are known (ctx->before).
 */
void
_diptych_detect_settle_sources (DetectContext *ctx)
{
  for (guint n = 0; n < ctx->sources->len; n++)
    if (g_array_index (ctx->sources, DetectItem, n).open)
      classify_by_head (ctx, n);
}

/* Whether a dash follows @p, past a space, before @end: the dateline's
 * "(AFP) –", "(Reuters) -", "(NAN) —"; not the initials of a name.
 */
static gboolean
dash_follows (const char *p,
              const char *end)
{
  if (p < end && *p == ' ')
    p++;
  if (p < end && *p == '-')
    return TRUE;
  /* an en or em dash: E2 80 93, E2 80 94 */
  return end - p >= 3 && (guchar)p[0] == 0xE2 && (guchar)p[1] == 0x80 && ((guchar)p[2] == 0x93 || (guchar)p[2] == 0x94);
}

/* Whether the words from @first to @last are the agency the dateline
 * credits, "(IRNA)" of "Iranshahr, Aug. 21, 2025 (IRNA) –", "(BH
 * Press)": the article's writer, whose "IRNA reports that …" or "BH
 * Press learns" cites no one else (7 labelled of the 2,051 mentions in
 * the label sets).
 */
static gboolean
writes_article (DetectContext *ctx,
                guint          first,
                guint          last)
{
  gsize start = detect_token (ctx, first)->byte_start;
  gsize len = detect_token (ctx, last - 1)->byte_end - start, head = MIN (ctx->n_bytes, 300);
  const char *p = ctx->contents;

  if (len < 2 || !detect_key (ctx, first)->upper)
    return FALSE;
  while ((p = memchr (p, '(', head - (p - ctx->contents))) != NULL)
    {
      p++;
      if ((gsize)(ctx->contents + head - p) > len + 3 && memcmp (p, ctx->contents + start, len) == 0 &&
          p[len] == ')' &&
          (dash_follows (p + len + 1, ctx->contents + head) ||
           /* … or after the date: "Sept. 9, 2025 (NAN) The …" */
           (p - ctx->contents >= 3 && p[-2] == ' ' && g_ascii_isdigit (p[-3]))))
        return TRUE;
    }
  return FALSE;
}

/* A source of tokens @first..@last of @sentence, which ends at
 * @sentence_last.
 */
static gint
add_source (DetectContext *ctx,
            guint          first,
            guint          last,
            guint          sentence,
            guint          sentence_last,
            gboolean       possessive)
{
  DetectItem item = { 0 };
  guint aside_last = last;
  gboolean by_head = FALSE;

  /* "The Command further indicates": the adverb is the verb's */
  while (last > first + 1 && (_diptych_detect_is (ctx, last - 1, "further") || _diptych_detect_is (ctx, last - 1, "also") ||
                              _diptych_detect_is (ctx, last - 1, "again")))
    last--;
  /* "SOKOTO, Sept. 9, 2025 (NAN) The Sokoto State Police Command says":
   * past the dateline's credit
   */
  for (guint k = first + 3; k + 1 < last; k++)
    if (_diptych_detect_is (ctx, k, ")") && _diptych_detect_is (ctx, k - 2, "(") && detect_key (ctx, k - 3)->digits &&
        detect_key (ctx, k + 1)->upper)
      {
        first = k + 1;
        break;
      }
  if (last <= first || overlaps_source (ctx, first, last, sentence) || writes_article (ctx, first, last))
    return -1;
  /* "Videos posted on social media showed …", "Footage shared online",
   * "Rumours on social media claimed": what shows or spreads a claim,
   * which the label sets never count as its source
   */
  {
    guint head = first + (_diptych_detect_is_article (ctx, first) || _diptych_detect_is (ctx, first, "the") ||
                          _diptych_detect_is (ctx, first, "a"));

    if (head < last &&
        (_diptych_detect_is (ctx, head, "video") || _diptych_detect_is (ctx, head, "videos") ||
         _diptych_detect_is (ctx, head, "footage") || _diptych_detect_is (ctx, head, "photographs") ||
         _diptych_detect_is (ctx, head, "photos") || _diptych_detect_is (ctx, head, "pictures") ||
         _diptych_detect_is (ctx, head, "rumours") || _diptych_detect_is (ctx, head, "rumors")))
      return -1;
  }
  /* "a state of emergency declared on Wednesday", "a curfew announced
   * by the army": a measure, not who declares it
   */
  if (!detect_key (ctx, last - 1)->upper &&  /* not the charity Emergency */
      (_diptych_detect_is (ctx, last - 1, "emergency") || _diptych_detect_is (ctx, last - 1, "curfew") ||
       _diptych_detect_is (ctx, last - 1, "ceasefire") || _diptych_detect_is (ctx, last - 1, "truce")))
    return -1;
  /* "A teacher and mother of three said": the one before, told again */
  if (first + 2 < last && (_diptych_detect_is (ctx, first, "mother") || _diptych_detect_is (ctx, first, "father")) &&
      _diptych_detect_is (ctx, first + 1, "of") && detect_key (ctx, first + 2)->quantity)
    return -1;
  /* "Few here believe them", "None of them knew": no one in particular */
  if (_diptych_detect_is (ctx, first, "few") || _diptych_detect_is (ctx, first, "none") ||
      _diptych_detect_is (ctx, first, "nobody") || _diptych_detect_is (ctx, first, "no"))
    return -1;
  /* "told our correspondent", "This correspondent saw": the writer */
  if (last == first + 2 && (_diptych_detect_is (ctx, first, "our") || _diptych_detect_is (ctx, first, "this")) &&
      (_diptych_detect_is (ctx, first + 1, "correspondent") || _diptych_detect_is (ctx, first + 1, "reporter")))
    return -1;
  /* "one survivor", "some residents", "one SER nurse" are sources; "one",
   * "they" are not
   */
  if (is_pronoun (ctx, first) &&
      /* … and "some foreign-based media outlets" */
      /* … and "one of the security sources" */
      !((last - first <= 3 ||
         (last - first == 4 && (_diptych_detect_is (ctx, first + 1, "of") || _diptych_detect_is (ctx, first, "some"))) ||
         (last - first == 5 && _diptych_detect_is (ctx, first + 1, "of") && _diptych_detect_is (ctx, first + 2, "the"))) &&
        last - first >= 2 &&
        (detect_in (ctx, last - 1, LEX_SOURCE_TYPE) || detect_in (ctx, last - 1, LEX_GROUP))) &&
      !is_possessed_title (ctx, first, last) &&
      /* "Our field teams have documented": the writer's own people */
      !(_diptych_detect_is (ctx, first, "our") && last - first >= 2 && last - first <= 3 &&
        ((detect_ends_with (ctx, last - 1, "s") && !detect_ends_with (ctx, last - 1, "ss")) ||
         /* … "Our team estimates", "Our field team has confirmed" */
         _diptych_detect_is (ctx, last - 1, "team")) &&
        !detect_in (ctx, last - 1, LEX_FUNCTION)))
    return -1;
  if (!detect_key (ctx, first)->upper && last - first == 1 && !detect_in (ctx, first, LEX_SOURCE_TYPE) &&
      !detect_in (ctx, first, LEX_GROUP))
    return -1;
  /* "Among the dead were seven children, he said, adding that": the
   * preposition the sentence opens with is no source; nor "among them a
   * constable dismissed from the force", a breakdown's words
   */
  if (_diptych_detect_is (ctx, first, "among"))
    return -1;
  /* "…, in the Montepuez district, late Saturday, said": where, not who */
  if ((_diptych_detect_is (ctx, first, "in") || _diptych_detect_is (ctx, first, "near")) &&
      detect_in (ctx, last - 1, LEX_PLACE))
    return -1;
  if (detect_key (ctx, last - 1)->possessive && !possessive)
    return -1;
  /* "had been registered in Ndu by 12 October": a date, no agent */
  if (detect_key (ctx, first)->digits && first + 1 < last && detect_in (ctx, first + 1, LEX_MONTH))
    return -1;

  if (_diptych_detect_is (ctx, last, ","))
    for (aside_last = last + 1; aside_last < sentence_last && !is_boundary (ctx, aside_last); aside_last++)
      ;

  item.kind = DIPTYCH_ANNOTATION_SOURCE;
  item.first = first;
  item.last = last;
  item.sentence = sentence;
  item.parent = item.source = -1;
  item.disputes = first > 0 && source_noun (ctx, first - 1) == SOURCE_NOUN_DISPUTED;
  item.source_type = classify (ctx, first, last, aside_last, sentence_last, &by_head, &item.head);
  g_array_append_val (ctx->sources, item);
  if (by_head)
    classify_by_head (ctx, ctx->sources->len - 1);
  return ctx->sources->len - 1;
}

static void
add_claim (DetectContext *ctx,
           guint          first,
           guint          last,
           gint           source)
{
  DetectItem item = { 0 };

  if (source < 0)
    return;
  while (last > first && (is_punct (ctx, last - 1) && !_diptych_detect_is_quote (ctx, last - 1)))
    last--;
  /* "(CNN) Secretary of State …": past the credit in brackets that
   * opens the claim, not into it
   */
  if (first < last && _diptych_detect_is (ctx, first, "("))
    for (guint k = first + 1; k < last && k < first + 6; k++)
      if (_diptych_detect_is (ctx, k, ")"))
        {
          first = k + 1;
          break;
        }
  while (first < last && is_punct (ctx, first) && !_diptych_detect_is_quote (ctx, first))
    first++;
  /* Quotes are kept whole, or dropped whole */
  if (last > first && _diptych_detect_is_quote (ctx, first) && !_diptych_detect_is_quote (ctx, last - 1))
    first++;
  if (last > first && _diptych_detect_is_quote (ctx, last - 1) && !_diptych_detect_is_quote (ctx, first))
    last--;
  while (last > first && is_punct (ctx, last - 1) && !_diptych_detect_is_quote (ctx, last - 1))
    last--;
  if (last < first + 3)
    return;

  item.kind = DIPTYCH_ANNOTATION_CLAIM;
  item.first = first;
  item.last = last;
  item.sentence = detect_sentence (ctx, last - 1);
  item.parent = -1;
  item.source = source;
  g_array_append_val (ctx->claims, item);
}

/* "put the toll", "raised the death toll", "revised the number", "gave
 * a much lower toll"
 */
static gboolean
is_toll_verb (DetectContext *ctx,
              guint          i,
              guint          last)
{
  if (!detect_in (ctx, i, LEX_TOLL_VERB))
    return FALSE;
  /* "The ministry gave no figure for civilian casualties": says none */
  if (i + 1 < last && _diptych_detect_is (ctx, i + 1, "no"))
    return FALSE;
  for (guint k = i + 1; k < MIN (last, i + 5); k++)
    {
      if (_diptych_detect_match (ctx, k, LEX_TOLL, NULL) > 0)
        return TRUE;
      /* "gave a very different account", "gives its own version" */
      if ((_diptych_detect_is (ctx, k, "account") || _diptych_detect_is (ctx, k, "version")) &&
          (_diptych_detect_is (ctx, i, "gave") || _diptych_detect_is (ctx, i, "gives")))
        return TRUE;
    }
  return FALSE;
}

/* A day that dates the words before it: "the ministry's post Saturday",
 * "a statement yesterday". Weekdays are among the months' list.
 */
static gboolean
is_day (DetectContext *ctx,
        guint          k)
{
  const DetectKey *key = detect_key (ctx, k);

  if (detect_in (ctx, k, LEX_MONTH))
    return detect_ends_with (ctx, k, "day");
  return !key->upper && (_diptych_detect_is (ctx, k, "yesterday") || _diptych_detect_is (ctx, k, "today") ||
                         _diptych_detect_is (ctx, k, "tonight"));
}

/* "two days (after)", "last week": a time that dates the words before
 * it: "read on national television RTB two days after", "figures
 * published by the cell last week".
 */
static gboolean
is_span_of_time (DetectContext *ctx,
                 guint          k,
                 guint          last)
{
  const DetectKey *key = detect_key (ctx, k);

  if (k + 1 >= last || key->upper || detect_key (ctx, k + 1)->upper ||
      !(key->digits || key->number_word || _diptych_detect_is (ctx, k, "last") || _diptych_detect_is (ctx, k, "this") ||
        _diptych_detect_is (ctx, k, "next") || _diptych_detect_is (ctx, k, "a")))
    return FALSE;
  if (!detect_in (ctx, k + 1, LEX_TIME))
    return FALSE;
  return !_diptych_detect_is (ctx, k, "a") ||
         (k + 2 < last && (_diptych_detect_is (ctx, k + 2, "after") || _diptych_detect_is (ctx, k + 2, "ago") ||
                           _diptych_detect_is (ctx, k + 2, "later") || _diptych_detect_is (ctx, k + 2, "earlier")));
}

/* Whether the capitalised words from @i end in a source's noun:
 * "Rehabilitation Commission".
 */
static gboolean
name_ends_in_noun (DetectContext *ctx,
                   guint          i,
                   guint          last)
{
  guint k;

  for (k = i; k < last && k < i + 4 && detect_key (ctx, k)->upper; k++)
    ;
  return k > i && detect_in (ctx, k - 1, LEX_SOURCE_TYPE);
}

/* Whether the words from @i, after "the", name a news outlet: a word of
 * the media and a name within the next four, before anything that ends
 * the phrase: "local newspaper Frontera Hoy", "Lima daily Expreso",
 * "Interfax news agency".
 */
static gboolean
outlet_named_after (DetectContext *ctx,
                    guint          i,
                    guint          last)
{
  gboolean named = FALSE, media = FALSE;

  for (guint k = i; k < last && k < i + 4; k++)
    {
      if (is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) || is_verb_like (ctx, k))
        break;
      named |= detect_key (ctx, k)->upper;
      media |= detect_in (ctx, k, LEX_SOURCE_TYPE) && detect_value (ctx, k, LEX_SOURCE_TYPE) == DIPTYCH_SOURCE_MEDIA;
    }
  return named && media;
}

/* Whether the token at @i is initials that own what follows: "IOM's",
 * which starts another body's name after "and".
 */
static gboolean
initials_own (DetectContext *ctx,
              guint          i)
{
  return detect_key (ctx, i)->possessive && g_ascii_isupper (detect_key (ctx, i)->folded[0]) &&
         g_ascii_isupper (detect_key (ctx, i)->folded[1]);
}

/* The noun phrase from @i on: "the UN's International Organization for
 * Migration (IOM)", "Dr. Samer Khattab", "a police source in Aleppo".
 */
static guint
phrase_after (DetectContext *ctx,
              guint          i,
              guint          last)
{
  guint k;

  for (k = i; k < last && k - i < MAX_SOURCE_TOKENS; k++)
    {
      /* "local sources cited by Pinnacle News": two sources, the outlet
       * after the words that carry the first; but "a list compiled by the
       * ministry" and "a communiqué read on state television" are one (two
       * label sets of three count no channel a statement was read on)
       */
      if (k > i && _diptych_detect_is (ctx, k, "cited") && _diptych_detect_match (ctx, k, LEX_ATTRIBUTION, NULL) > 1)
        break;
      /* "a report by the BBC claiming that": the participle of a verb
       * of saying
       */
      if (k > i && source_verb (ctx, k) == SOURCE_VERB_PARTICIPLE)
        break;
      /* "the Relief and Rehabilitation Commission (RRC)": an "and" in a
       * name, whose first word names no source alone (not "the Army and
       * Police")
       */
      if (k > i && k + 2 < last && _diptych_detect_is (ctx, k, "and") && detect_key (ctx, k - 1)->upper &&
          !detect_in (ctx, k - 1, LEX_SOURCE_TYPE) && !detect_key (ctx, k - 1)->all_upper && name_ends_in_noun (ctx, k + 1, last) &&
          !initials_own (ctx, k + 1))
        continue;
      /* "the killings documented by EACM on fighters of the OLA": the
       * initials are the whole name, and "on" starts what they blamed
       */
      if (k > i && k + 1 < last && _diptych_detect_is (ctx, k, "on") && detect_is_acronym (ctx, k - 1) &&
          !detect_key (ctx, k + 1)->upper)
        break;
      /* "issued by the Inter Sector Coordination Group with inputs from
       * partners": who helped the source write it is not its name
       */
      if (k > i && k + 1 < last && _diptych_detect_is (ctx, k, "with") &&
          (_diptych_detect_is (ctx, k + 1, "inputs") || _diptych_detect_is (ctx, k + 1, "input") ||
           _diptych_detect_is (ctx, k + 1, "contributions")))
        break;
      /* "read on state television late on Sunday": when, not whose */
      if (k > i && k + 1 < last && (_diptych_detect_is (ctx, k, "late") || _diptych_detect_is (ctx, k, "early")) &&
          (_diptych_detect_is (ctx, k + 1, "on") || _diptych_detect_is (ctx, k + 1, "in") ||
           _diptych_detect_is (ctx, k + 1, "last") || is_day (ctx, k + 1)))
        break;
      if (is_boundary (ctx, k) || is_relative (ctx, k) || detect_in (ctx, k, LEX_REPORTING) ||
          is_toll_verb (ctx, k, last) || (k > i && (is_day (ctx, k) || is_span_of_time (ctx, k, last))) ||
          is_verb_like (ctx, k) || (detect_in (ctx, k, LEX_CLAUSE) && !detect_key (ctx, k)->upper))
        break;
      if (_diptych_detect_is (ctx, k, ".") && k + 1 < last && !detect_key (ctx, k + 1)->upper &&
          g_utf8_strlen (detect_lower (ctx, k - 1), -1) > 1 && !detect_in (ctx, k - 1, LEX_ABBREVIATION))
        break;
      /* "Issued by the UN Office … on 9 November", "… on November 9": a
       * date
       */
      /* … "on 12 and 13 July" */
      if (k > i && k + 1 < last &&
          ((detect_key (ctx, k)->digits && detect_in (ctx, k + 1, LEX_MONTH)) ||
           (detect_in (ctx, k, LEX_MONTH) && detect_key (ctx, k + 1)->digits) ||
           (_diptych_detect_is (ctx, k, "on") && detect_key (ctx, k + 1)->digits)))
        break;
      if (_diptych_detect_is (ctx, k, "(") && !(k + 2 < last && detect_key (ctx, k + 1)->all_upper &&
                                               _diptych_detect_is (ctx, k + 2, ")")))
        break;
      if (_diptych_detect_is (ctx, k, "(") )
        {
          k += 2;
          continue;
        }
    }
  /* not the point of an initial ("the U.S."), but the one after
   * "(CEPCO)."
   */
  while (k > i && (_diptych_detect_is (ctx, k - 1, ".") || _diptych_detect_is (ctx, k - 1, "(")) &&
         !(k - 1 > i && g_utf8_strlen (detect_lower (ctx, k - 2), -1) == 1 && !_diptych_detect_is (ctx, k - 2, ")")))
    k--;
  /* "the governor on Monday": not the preposition of the day */
  while (k > i + 1 && !detect_key (ctx, k - 1)->upper &&
         (_diptych_detect_is (ctx, k - 1, "on") || _diptych_detect_is (ctx, k - 1, "in") ||
          _diptych_detect_is (ctx, k - 1, "at") || _diptych_detect_is (ctx, k - 1, "of") ||
          _diptych_detect_is (ctx, k - 1, "for") || _diptych_detect_is (ctx, k - 1, "by") ||
          _diptych_detect_is (ctx, k - 1, "from") || _diptych_detect_is (ctx, k - 1, "to")))
    k--;
  return k;
}

/* Where the agent of the passive reporting verb at @i starts, past
 * where it was said: "was reported on Telegram by the Head of …", "were
 * announced in a statement by the army", "was said by"; or 0. The lists'
 * "reported by" take the agent right after the verb.
 */
static guint
agent_after (DetectContext *ctx,
             guint          i,
             guint          last)
{
  if (i == 0 || i + 3 >= last ||
      !(_diptych_detect_is (ctx, i - 1, "was") || _diptych_detect_is (ctx, i - 1, "were") ||
        _diptych_detect_is (ctx, i - 1, "been") || _diptych_detect_is (ctx, i - 1, "is") ||
        _diptych_detect_is (ctx, i - 1, "are")))
    return 0;
  /* "what was said by UNHCR spokesperson Mariam Haddad"; not "said by
   * telephone", whose subject comes before it
   */
  if (_diptych_detect_is (ctx, i, "said") && _diptych_detect_is (ctx, i + 1, "by"))
    return i + 2;
  if (!detect_ends_with (ctx, i, "ed") ||
      !(_diptych_detect_is (ctx, i + 1, "on") || _diptych_detect_is (ctx, i + 1, "in") ||
        _diptych_detect_is (ctx, i + 1, "via") || _diptych_detect_is (ctx, i + 1, "through")))
    return 0;
  for (guint k = i + 2; k + 1 < last && k < i + 8; k++)
    {
      if (_diptych_detect_is (ctx, k, "by"))
        return k + 1;
      if (is_punct (ctx, k) || _diptych_detect_is_quote (ctx, k) || is_verb_like (ctx, k) ||
          detect_in (ctx, k, LEX_REPORTING) || detect_key (ctx, k)->quantity)
        break;
    }
  return 0;
}

/* Whether a number stands among tokens @from..@to. */
static gboolean
has_number (DetectContext *ctx,
            guint          from,
            guint          to)
{
  for (guint k = from; k < to; k++)
    if (detect_key (ctx, k)->digits || detect_key (ctx, k)->number_word)
      return TRUE;
  return FALSE;
}

/* Whether the colon at @i ends the name of who gives the figures of the
 * headline after it: "Sudan Doctors' Emergency Network: RSF drone strike
 * on Kassala bus station kills 12"; not a dateline's place ("Gaza City:
 * 12 killed"), whose name has no source's noun.
 */
static gboolean
source_before_headline (DetectContext *ctx,
                        guint          first,
                        guint          i,
                        guint          last)
{
  gboolean noun = FALSE;

  if (i < first + 2 || i + 2 >= last || i - first > 8 || (last < ctx->n_tokens && !detect_line_before (ctx, last)))
    return FALSE;
  for (guint k = first; k < i; k++)
    {
      if (!detect_key (ctx, k)->upper && !_diptych_detect_is (ctx, k, "'") && !_diptych_detect_is (ctx, k, "of") &&
          !_diptych_detect_is (ctx, k, "for") && !_diptych_detect_is (ctx, k, "and") && !_diptych_detect_is (ctx, k, "the"))
        return FALSE;
      noun |= detect_in (ctx, k, LEX_SOURCE_TYPE);
    }
  if (!noun || !has_number (ctx, i + 1, last))
    return FALSE;
  /* … what happened to them, not a list of sites: "St Jude Catholic
   * Parish: 4,300 people"
   */
  for (guint k = i + 1; k < last; k++)
    if (detect_in (ctx, k, LEX_OUTCOME))
      return TRUE;
  return FALSE;
}

/* Whether the word at @i names a rule or a plan that things go
 * "according to": "Islamic rites", "plan", "tradition"; no one who
 * reports.
 */
static gboolean
follows_rule (DetectContext *ctx,
              guint          i)
{
  static const char *const rules[] = {
    "rites", "rite", "rituals", "ritual", "tradition", "traditions", "custom", "customs", "plan", "plans",
    "schedule", "law", "rules", "protocol", "procedure", "conventions", "convention",
  };
  const char *w = detect_lower (ctx, i);

  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    if (strcmp (w, rules[r]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the colon or dash at @i ends a headline of figures with who
 * gives them, the way South Asian and Nigerian papers write it: "Five
 * soldiers martyred, 16 terrorists killed: ISPR", "14 persons killed, 22
 * injured — Police". Initials or a source's noun run to the end of the
 * line.
 */
static gboolean
headline_source (DetectContext *ctx,
                 guint          first,
                 guint          i,
                 guint          last)
{
  if (i < first + 3 || i + 1 >= last || last - i > 3 || (last < ctx->n_tokens && !detect_line_before (ctx, last)))
    return FALSE;
  for (guint k = i + 1; k < last; k++)
    if (!detect_is_acronym (ctx, k) && !(detect_key (ctx, k)->upper && detect_in (ctx, k, LEX_SOURCE_TYPE)))
      return FALSE;
  return has_number (ctx, first, i);
}

/* Whether tokens @s..@e name a source: 1 when a name, a source's noun,
 * a group or an article says so, 0 when nothing does, -1 when a verb is
 * among them.
 */
static gint
is_named (DetectContext *ctx,
          guint          s,
          guint          e)
{
  gboolean named = FALSE;

  for (guint k = s; k < e; k++)
    {
      /* … but a capital after a capital is a name's: "KNLA spokesman
       * Saw Lah Say told Reuters"
       */
      if (is_verb_like (ctx, k) ||
          (detect_in (ctx, k, LEX_REPORTING) &&
           !(k > s && detect_key (ctx, k)->upper && detect_key (ctx, k - 1)->upper && !is_punct (ctx, k - 1))))
        return -1;
      named |= detect_key (ctx, k)->upper || detect_in (ctx, k, LEX_SOURCE_TYPE) || detect_in (ctx, k, LEX_GROUP) ||
               (k == s && (_diptych_detect_is (ctx, k, "the") || _diptych_detect_is (ctx, k, "a") ||
                           _diptych_detect_is (ctx, k, "an")));
    }
  /* "…, but its spokesman said" */
  named |= is_possessed_title (ctx, s, e);
  return named ? 1 : 0;
}

/* Where the phrase that ends at @e starts: after a boundary or a
 * clause's word, no earlier than @first.
 */
static guint
phrase_start (DetectContext *ctx,
              guint          first,
              guint          e)
{
  guint s = e;

  /* past the initials after a name: "The Sudanese Armed Forces (SAF)" */
  if (s >= first + 4 && _diptych_detect_is (ctx, s - 1, ")") && detect_key (ctx, s - 2)->upper &&
      _diptych_detect_is (ctx, s - 3, "("))
    s -= 3;
  for (; s > first && e - s < MAX_SOURCE_TOKENS; s--)
    {
      guint t = s - 1;

      if (is_boundary (ctx, t) || _diptych_detect_is (ctx, t, "(") || _diptych_detect_is (ctx, t, ")") ||
          (detect_in (ctx, t, LEX_CLAUSE) && !detect_key (ctx, t)->upper))
        break;
    }
  return s;
}

/* Whether token @s starts an aside right after a source: "Hamadoun
 * Cissé, 41, a cousin …".
 */
static gboolean
after_source (DetectContext *ctx,
              guint          s)
{
  DetectItem *item;

  if (ctx->sources->len == 0)
    return FALSE;
  item = &g_array_index (ctx->sources, DetectItem, ctx->sources->len - 1);
  if (item->last > s || s - item->last > 4 || !_diptych_detect_is (ctx, s - 1, ","))
    return FALSE;
  for (guint k = item->last; k < s; k++)
    if (!is_punct (ctx, k) && !detect_key (ctx, k)->digits)
      return FALSE;
  return TRUE;
}

/* Whether the name from @s and the one before the "and" at @s - 1 name
 * one body: "the Fire Service and Civil Defence", "the General Command of
 * the Army and the Armed Forces"; not "police and hospital officials",
 * nor "SEMA and IOM's Displacement Tracking Matrix", whose initials own
 * the second (but "Jammu and Kashmir's lieutenant governor" is one).
 */
static gboolean
one_body (DetectContext *ctx,
          guint          first,
          guint          s)
{
  if (detect_key (ctx, s)->upper && detect_key (ctx, s - 2)->upper && !initials_own (ctx, s))
    return TRUE;
  /* the second of two names in an "of" phrase */
  return s > first + 3 && _diptych_detect_is (ctx, s, "the") && s + 1 < ctx->n_tokens &&
         detect_key (ctx, s + 1)->upper && detect_key (ctx, s - 2)->upper &&
         _diptych_detect_is (ctx, s - 3, "the") && _diptych_detect_is (ctx, s - 4, "of");
}

/* The sentence's subject when its verb at @and's "and said" (or ",
 * saying") is the second of two: a name or a source's noun before the
 * first verb. "Governor Dauda Lawal condemned the attack and said",
 * "Sudan's Ministry of Foreign Affairs condemned", "In Bajaur, the
 * district administration closed schools", "Kyiv has stepped up
 * attacks", "The Ministry of Foreign Affairs and Expatriates sent two
 * letters, saying".
 */
static gboolean
coordinated_subject (DetectContext *ctx,
                     guint          first,
                     guint          and,
                     guint         *start,
                     guint         *end)
{
  guint s = first, k, verb;

  /* past an opening phrase: "In Bajaur," */
  /* past "Meanwhile,", "Reacting," */
  if (s + 2 < and && (detect_in (ctx, s, LEX_SKIP) || detect_ends_with (ctx, s, "ing")) &&
      _diptych_detect_is (ctx, s + 1, ","))
    s += 2;
  else if (detect_in (ctx, s, LEX_FUNCTION) && !detect_in (ctx, s, LEX_CLAUSE))
    {
      for (k = s + 1; k < and && k < s + 6 && !_diptych_detect_is (ctx, k, ","); k++)
        if (is_boundary (ctx, k))
          return FALSE;
      if (k >= and || !_diptych_detect_is (ctx, k, ","))
        return FALSE;
      s = k + 1;
    }
  /* past "Early on Monday" to the article of the subject after it */
  if (s + 2 < and && detect_in (ctx, s + 1, LEX_OPENER) &&
      (_diptych_detect_is (ctx, s, "early") || _diptych_detect_is (ctx, s, "late") ||
       _diptych_detect_is (ctx, s, "earlier") || _diptych_detect_is (ctx, s, "later") ||
       _diptych_detect_is (ctx, s, "shortly")))
    {
      for (k = s + 2; k < and && !(_diptych_detect_is (ctx, k, "the") || _diptych_detect_is_article (ctx, k)); k++)
        if (is_boundary (ctx, k))
          return FALSE;
      if (k >= and)
        return FALSE;
      s = k;
    }
  k = s;
  /* "the district administration", "A local newspaper": lower-case
   * words up to a source's noun; not the article alone
   */
  if (_diptych_detect_is (ctx, k, "the") || _diptych_detect_is_article (ctx, k))
    {
      for (k = s + 1; k < and && k < s + 4; k++)
        if (detect_in (ctx, k, LEX_SOURCE_TYPE) || detect_key (ctx, k)->upper || is_boundary (ctx, k) ||
            detect_in (ctx, k, LEX_FUNCTION))
          break;
      if (k >= and || !(detect_in (ctx, k, LEX_SOURCE_TYPE) || detect_key (ctx, k)->upper))
        return FALSE;
    }
  while (k < and && k - s < MAX_SOURCE_TOKENS && !is_boundary (ctx, k))
    {
      if (detect_key (ctx, k)->upper || detect_in (ctx, k, LEX_SOURCE_TYPE))
        k++;
      /* inside a name: "Ministry of Foreign Affairs and Expatriates",
       * "General Command of the Army"; and where it is: "The United
       * Nations Support Mission in Libya called for … and said"
       */
      else if (k > s && detect_key (ctx, k - 1)->upper && k + 1 < and &&
               (_diptych_detect_is (ctx, k, "of") || _diptych_detect_is (ctx, k, "for") ||
                _diptych_detect_is (ctx, k, "and") || _diptych_detect_is (ctx, k, "in")) &&
               (detect_key (ctx, k + 1)->upper ||
                (_diptych_detect_is (ctx, k + 1, "the") && k + 2 < and && detect_key (ctx, k + 2)->upper)))
        k += _diptych_detect_is (ctx, k + 1, "the") ? 2 : 1;
      /* "The governor of Limón": the place of an office */
      else if (k > s && k + 1 < and && detect_in (ctx, k - 1, LEX_SOURCE_TYPE) && !detect_key (ctx, k - 1)->upper &&
               _diptych_detect_is (ctx, k, "of") && detect_key (ctx, k + 1)->upper)
        k++;
      /* "The Armed Forces of the DRC (FARDC)": its initials */
      else if (k > s && k + 2 < and && detect_key (ctx, k - 1)->upper && _diptych_detect_is (ctx, k, "(") &&
               detect_key (ctx, k + 1)->all_upper && _diptych_detect_is (ctx, k + 2, ")"))
        k += 3;
      else
        break;
    }
  /* "Kyiv has stepped up" */
  if (k + 1 < and && (_diptych_detect_is (ctx, k, "has") || _diptych_detect_is (ctx, k, "have") ||
                      _diptych_detect_is (ctx, k, "had")) &&
      !detect_key (ctx, k + 1)->upper && !detect_in (ctx, k + 1, LEX_FUNCTION) && !is_boundary (ctx, k + 1))
    {
      *start = s;
      *end = k;
      return k > s && !is_pronoun (ctx, s) && !detect_in (ctx, s, LEX_CLAUSE);
    }
  /* "The Prime Minister, in a message, lauded": past the words the
   * verb was said in, between commas
   */
  if (k > s && k + 3 < and && _diptych_detect_is (ctx, k, ",") &&
      (_diptych_detect_is (ctx, k + 1, "in") || _diptych_detect_is (ctx, k + 1, "on") ||
       _diptych_detect_is (ctx, k + 1, "through") || _diptych_detect_is (ctx, k + 1, "via")) &&
      !is_pronoun (ctx, s) && !detect_in (ctx, s, LEX_CLAUSE))
    for (guint c = k + 2; c < and && c < k + 8 && !is_boundary (ctx, c) && !detect_in (ctx, c, LEX_REPORTING); c++)
      if (c + 1 < and && _diptych_detect_is (ctx, c + 1, ",") && !detect_in (ctx, c + 2, LEX_FUNCTION) &&
          !is_punct (ctx, c + 2))
        {
          *start = s;
          *end = k;
          return TRUE;
        }
  /* "Zambia Civic Rights Watch, a Lusaka-based group, called for an
   * inquiry and said": past the name's aside
   */
  if (k > s && k + 3 < and && _diptych_detect_is (ctx, k, ",") &&
      (_diptych_detect_is (ctx, k + 1, "the") || _diptych_detect_is_article (ctx, k + 1) ||
       _diptych_detect_is (ctx, k + 1, "a") || _diptych_detect_is (ctx, k + 1, "an")) &&
      !is_pronoun (ctx, s) && !detect_in (ctx, s, LEX_CLAUSE))
    for (guint c = k + 2; c + 1 < and && c < k + 14 && !is_boundary (ctx, c) && !detect_in (ctx, c, LEX_REPORTING); c++)
      if (_diptych_detect_is (ctx, c + 1, ",") && c + 2 < and && !detect_in (ctx, c + 2, LEX_FUNCTION) &&
          !is_punct (ctx, c + 2) && !detect_key (ctx, c + 2)->upper)
        {
          *start = s;
          *end = k;
          return TRUE;
        }
  /* "The Roman Catholic bishop of Limón, Alonso Meneses, appealed for
   * calm and said": the office and the name after it
   */
  if (k > s && k + 3 < and && _diptych_detect_is (ctx, k, ",") && detect_key (ctx, k + 1)->upper &&
      !detect_in (ctx, k + 1, LEX_FUNCTION) && !is_pronoun (ctx, s) && !detect_in (ctx, s, LEX_CLAUSE))
    {
      guint c = k + 1;

      while (c < and && c < k + 6 && detect_key (ctx, c)->upper && !is_punct (ctx, c))
        c++;
      if (c + 1 < and && _diptych_detect_is (ctx, c, ",") && !detect_key (ctx, c + 1)->upper &&
          !detect_in (ctx, c + 1, LEX_FUNCTION) && !is_punct (ctx, c + 1) && !is_boundary (ctx, c + 1))
        {
          *start = s;
          *end = c;
          return TRUE;
        }
    }
  /* "The Interior Ministry on Wednesday imposed a curfew … and said":
   * past the day
   */
  verb = k;
  if (k > s && k + 2 < and && _diptych_detect_is (ctx, k, "on") && is_day (ctx, k + 1) &&
      !detect_in (ctx, s, LEX_SKIP) && !_diptych_detect_is (ctx, s, "late"))  /* not "Later on Monday" */
    verb = k + 2;
  if (k == s || verb >= and || is_boundary (ctx, verb) || detect_in (ctx, verb, LEX_FUNCTION) ||
      detect_in (ctx, verb, LEX_CLAUSE) || is_pronoun (ctx, s) || detect_in (ctx, s, LEX_CLAUSE))
    return FALSE;
  *start = s;
  *end = k;
  return TRUE;
}

static gboolean
personal_pronoun (DetectContext *ctx,
                  guint          i)
{
  return detect_in (ctx, i, LEX_PERSONAL) && !detect_is_acronym (ctx, i);
}

/* A noun that names what happened, not who tells: "the strikes", "the
 * quake".
 */
static gboolean
is_event (DetectContext *ctx,
          guint          i)
{
  return source_noun (ctx, i) == SOURCE_NOUN_EVENT;
}

/* A preposition that opens a sentence's time or place: "By Saturday
 * afternoon", "In Gaza".
 */
static gboolean
opens_phrase (DetectContext *ctx,
              guint          i)
{
  return detect_in (ctx, i, LEX_OPENER);
}

/* Whether what a verb says starts at @i: "that", a quote, a number, a
 * subject ("its fighters", "the army", "they"); not an object
 * ("declared independence").
 */
static gboolean
clause_starts (DetectContext *ctx,
               guint          i)
{
  return _diptych_detect_is (ctx, i, "that") || _diptych_detect_is_quote (ctx, i) || detect_key (ctx, i)->quantity ||
         _diptych_detect_is (ctx, i, "the") || detect_key (ctx, i)->upper || detect_in (ctx, i, LEX_PRONOUN);
}

/* Where the name that ends at @e starts: its capitals, the small words
 * between them and "the" before ("the Group for the Support of Islam and
 * Muslims (JNIM)"); or @e when no capital ends there.
 */
static guint
name_start (DetectContext *ctx,
            guint          first,
            guint          e)
{
  guint k = e;

  /* "(JNIM)" */
  if (k >= first + 3 && _diptych_detect_is (ctx, k - 1, ")") && detect_key (ctx, k - 2)->all_upper &&
      _diptych_detect_is (ctx, k - 3, "("))
    k -= 3;
  if (k == first || !detect_key (ctx, k - 1)->upper)
    return e;
  while (k > first)
    {
      if (detect_key (ctx, k - 1)->upper)
        k--;
      else if (k - 1 > first && detect_key (ctx, k - 2)->upper &&
               (_diptych_detect_is (ctx, k - 1, "of") || _diptych_detect_is (ctx, k - 1, "for") ||
                _diptych_detect_is (ctx, k - 1, "and")))
        k--;
      else if (k - 1 > first + 1 && _diptych_detect_is (ctx, k - 1, "the") && detect_key (ctx, k - 3)->upper &&
               (_diptych_detect_is (ctx, k - 2, "of") || _diptych_detect_is (ctx, k - 2, "for")))
        k--;
      else
        break;
    }
  if (k > first && _diptych_detect_is (ctx, k - 1, "the"))
    k--;
  return k;
}

/* The point of "U.N." or "Dr.": after one letter or an abbreviation. */
static gboolean
is_abbreviation_point (DetectContext *ctx,
                       guint          i)
{
  return _diptych_detect_is (ctx, i, ".") && i > 0 &&
         (detect_key (ctx, i - 1)->letter || detect_in (ctx, i - 1, LEX_ABBREVIATION));
}

/* Where the noun phrase that ends at @e starts: back to its article,
 * and through "of" to the article before: "an army statement", "the
 * head of the city military administration"; or @e when no article
 * opens it within a few words.
 */
static guint
noun_phrase_start (DetectContext *ctx,
                   guint          first,
                   guint          e)
{
  for (guint k = e; k > first && e - k < MAX_SOURCE_TOKENS; k--)
    {
      guint t = k - 1;

      if (_diptych_detect_is (ctx, t, "the") || _diptych_detect_is_article (ctx, t) ||
          detect_is_possessive_determiner (ctx, t))
        {
          if (t > first + 1 && _diptych_detect_is (ctx, t - 1, "of") && !is_punct (ctx, t - 2) &&
              !detect_in (ctx, t - 2, LEX_FUNCTION))
            {
              k = t;  /* past "of" as the loop steps */
              continue;
            }
          return t;
        }
      /* … past the points of "A U.N. official" */
      if ((is_punct (ctx, t) && !is_abbreviation_point (ctx, t)) || _diptych_detect_is_quote (ctx, t) ||
          detect_in (ctx, t, LEX_FUNCTION) || detect_in (ctx, t, LEX_CLAUSE) || is_verb_like (ctx, t) ||
          detect_in (ctx, t, LEX_REPORTING))
        return e;
    }
  return e;
}

/* Where the subject starts in "a figure the army called", "a higher
 * toll the ministry disputes", "a charge Kigali denies", "in what the
 * governor called": the clause before the verb at @verb names what its
 * subject rejects or vouches for, then the subject; 0 when it does not.
 */
static guint
after_disputed (DetectContext *ctx,
                guint          first,
                guint          verb)
{
  if (verb <= first)
    return 0;
  for (guint k = verb - 1; k > first && verb - k <= 6; k--)
    {
      if (is_punct (ctx, k) || _diptych_detect_is_quote (ctx, k) || is_relative (ctx, k))
        return 0;
      /* "in what the regional governor called the worst crisis" */
      if (_diptych_detect_is (ctx, k, "what"))
        return k + 1 < verb && !personal_pronoun (ctx, k + 1) ? k + 1 : 0;
      if (source_noun (ctx, k) != SOURCE_NOUN_DISPUTED || k + 1 >= verb)
        continue;
      /* "a figure", "the toll", "a higher figure" */
      if (_diptych_detect_is_article (ctx, k - 1) || _diptych_detect_is (ctx, k - 1, "the") ||
          _diptych_detect_is (ctx, k - 1, "that") ||
          (k - 1 > first && !detect_in (ctx, k - 1, LEX_FUNCTION) &&
           (_diptych_detect_is_article (ctx, k - 2) || _diptych_detect_is (ctx, k - 2, "the"))))
        return k + 1;
      return 0;
    }
  return 0;
}

/* Where the subject of the verb at @verb is looked for when a relative
 * clause or an aside in dashes ends right before the verb: at the "who"
 * of "Mohammad Reza, 34, who was praying near the hall, told", at the
 * first dash of "Staff at Koroba Health Centre — which has no doctor —
 * said"; else at @verb.
 */
static guint
past_relative (DetectContext *ctx,
               guint          first,
               guint          verb)
{
  /* "Staff at Koroba Health Centre — which has no doctor — said": past
   * an aside in dashes
   */
  if (verb > first + 3 && _diptych_detect_is (ctx, verb - 1, "\xE2\x80\x94"))
    {
      for (guint k = verb - 2; k > first + 1 && verb - k < 16; k--)
        {
          if (is_punct (ctx, k - 1) && !_diptych_detect_is (ctx, k - 1, "\xE2\x80\x94"))
            break;
          if (_diptych_detect_is (ctx, k - 1, "\xE2\x80\x94"))
            return k - 1;
        }
      return verb;
    }
  if (verb < first + 3 || !_diptych_detect_is (ctx, verb - 1, ","))
    return verb;
  for (guint k = verb - 2; k > first && verb - k < 16; k--)
    {
      if (is_punct (ctx, k) || _diptych_detect_is_quote (ctx, k))
        break;
      if ((_diptych_detect_is (ctx, k, "who") || _diptych_detect_is (ctx, k, "which")) &&
          _diptych_detect_is (ctx, k - 1, ","))
        return k;
    }
  return verb;
}

/* Whether tokens @s..@e are places' names, or a list of them: "Bustan
 * al-Basha and Ain Shqaq".
 */
static gboolean
in_place_list (DetectContext *ctx,
               guint          s,
               guint          e)
{
  for (guint k = s; k < e; k++)
    if (!detect_key (ctx, k)->upper && !_diptych_detect_is (ctx, k, "and") &&
        strchr (detect_lower (ctx, k), '-') == NULL)
      return FALSE;
  return TRUE;
}

/* The subject that opens the sentence from @first and is followed by a
 * denial ("does not", "did not") before @but: "The ministry does not
 * say …, but says". Its words in @start and @end.
 */
static gboolean
subject_before_denial (DetectContext *ctx,
                       guint          first,
                       guint          but,
                       guint         *start,
                       guint         *end)
{
  for (guint k = first + 1; k + 1 < but && k < first + 7; k++)
    {
      if (is_boundary (ctx, k))
        return FALSE;
      if (detect_in (ctx, k, LEX_AUXILIARY) && _diptych_detect_is (ctx, k + 1, "not"))
        {
          if (is_named (ctx, first, k) <= 0)
            return FALSE;
          *start = first;
          *end = k;
          return TRUE;
        }
    }
  return FALSE;
}

/* How many tokens before @name a rank or nickname in quotes takes that
 * stands before a name: 3 for “General” (quotes and one word), 4 for
 * "Major General"; or 0.
 */
static guint
quoted_title_before (DetectContext *ctx,
                     guint          first,
                     guint          name)
{
  if (name >= ctx->n_tokens || !detect_key (ctx, name)->upper || name < first + 3 ||
      !_diptych_detect_is_quote (ctx, name - 1) || !detect_key (ctx, name - 2)->upper)
    return 0;
  if (_diptych_detect_is_quote (ctx, name - 3))
    return 3;
  if (name >= first + 4 && detect_key (ctx, name - 3)->upper && _diptych_detect_is_quote (ctx, name - 4))
    return 4;
  return 0;
}

/* Whether the words from @first to @end are a name alone: "Kamal
 * Uddin", "The Ukhrul Times"; not "In Kabul", "However", "Reacting".
 */
static gboolean
opens_with_name (DetectContext *ctx,
                 guint          first,
                 guint          end)
{
  for (guint k = first; k < end; k++)
    {
      /* … "of" inside the name: "The Global New Light of Myanmar" */
      if (k > first && k + 1 < end && _diptych_detect_is (ctx, k, "of") && detect_key (ctx, k - 1)->upper &&
          detect_key (ctx, k + 1)->upper)
        continue;
      if (!detect_key (ctx, k)->upper || detect_in (ctx, k, LEX_SKIP) || detect_in (ctx, k, LEX_CLAUSE) ||
          (detect_in (ctx, k, LEX_FUNCTION) && !(k == first && _diptych_detect_is (ctx, k, "the"))))
        return FALSE;
    }
  /* not an opening participle: "Reacting, a civil society organisation, …" */
  if (end == first + 1 && detect_ends_with (ctx, first, "ing"))
    return FALSE;
  return end > first + (_diptych_detect_is (ctx, first, "the") ? 1 : 0);
}

/* Where the clause before the verb at @verb starts, its subject
 * ending at *end: past "has", "later" and an aside in commas.
 */
static gboolean
subject_before (DetectContext *ctx,
                guint          first,
                guint          verb,
                guint         *start,
                guint         *end,
                gboolean      *after_break)
{
  guint e = verb, s, name_end = 0;
  gint named;

  /* past "has", "later", and the day of "the ministry's post Saturday said";
   * and an adverb: "exile outlets falsely reported" (not "the family said")
   */
  while (e > first && (detect_in (ctx, e - 1, LEX_SKIP) || (e - 1 > first && is_day (ctx, e - 1)) ||
                       (e - 1 > first + 1 && detect_ends_with (ctx, e - 1, "ly") &&
                        !detect_key (ctx, e - 1)->upper && !detect_in (ctx, e - 1, LEX_SOURCE_TYPE) &&
                        !detect_in (ctx, e - 1, LEX_FUNCTION) && !_diptych_detect_is_article (ctx, e - 2) &&
                        !_diptych_detect_is (ctx, e - 2, "the") && !detect_is_possessive_determiner (ctx, e - 2) &&
                        !detect_key (ctx, e - 2)->possessive && !is_punct (ctx, e - 2))))
    {
      e--;
      /* "The UN peacekeeping mission, MINUSCA, on Tuesday put" */
      if (e > first + 1 && is_day (ctx, e) && _diptych_detect_is (ctx, e - 1, "on"))
        e--;
    }
  /* "The council, a civil society group, in a statement blamed": past
   * the words the verb was said in
   */
  if (e > first + 3 && _diptych_detect_is (ctx, e - 3, "in") && source_noun (ctx, e - 1) == SOURCE_NOUN_STATEMENT &&
      (_diptych_detect_is_article (ctx, e - 2) ||
       _diptych_detect_is (ctx, e - 2, "its") || _diptych_detect_is (ctx, e - 2, "their")))
    e -= 3;
  /* "A FARC commander who gave his name as “Efraín” denied", "A
   * separatist commander who calls himself “General Fire” dismissed", "a
   * commander known as "General Ayeke" said": the subject before the
   * words that give a name in quotes
   */
  if (e > first + 4 && _diptych_detect_is_quote (ctx, e - 1))
    {
      guint o = e - 2, r;

      while (o > first && e - o < 6 && !_diptych_detect_is_quote (ctx, o) && !is_punct (ctx, o))
        o--;
      if (o > first && _diptych_detect_is_quote (ctx, o))
        for (r = o; r > first + 1 && o - r < 8; r--)
          {
            if (_diptych_detect_is (ctx, r - 1, "who") &&
                (_diptych_detect_is (ctx, r + 1, "name") || _diptych_detect_is (ctx, r + 2, "name") ||
                 _diptych_detect_is (ctx, r, "called") ||
                 ((_diptych_detect_is (ctx, r, "calls") || _diptych_detect_is (ctx, r, "call")) &&
                  (_diptych_detect_is (ctx, r + 1, "himself") || _diptych_detect_is (ctx, r + 1, "herself") ||
                   _diptych_detect_is (ctx, r + 1, "themselves")))))
              {
                e = r - 1;
                break;
              }
            if (r + 2 == o && r > first + 1 && _diptych_detect_is (ctx, r, "known") && _diptych_detect_is (ctx, r + 1, "as"))
              {
                e = r;
                break;
              }
          }
    }
  *after_break = e == first || _diptych_detect_is (ctx, e - 1, ",") || _diptych_detect_is_quote (ctx, e - 1);

  /* "six men described as drug traffickers were dead": a figure, and its
   * participle
   */
  if (_diptych_detect_is (ctx, verb, "described") && _diptych_detect_is (ctx, verb + 1, "as") && e == verb &&
      e >= first + 2 && detect_in (ctx, e - 1, LEX_GROUP) &&
      detect_key (ctx, e - 2)->quantity)
    return FALSE;

  /* "Residents I spoke to described", "Relatives we interviewed said": the
   * people spoken to, past the writer who spoke to them
   */
  if (e >= first + 4 && personal_pronoun (ctx, e - 3) && _diptych_detect_is (ctx, e - 2, "spoke") &&
      _diptych_detect_is (ctx, e - 1, "to"))
    e -= 3;
  else if (e >= first + 3 && personal_pronoun (ctx, e - 2) &&
           (_diptych_detect_is (ctx, e - 1, "interviewed") || _diptych_detect_is (ctx, e - 1, "reached")))
    e -= 2;
  /* "When the soldiers brought us out I counted": a personal pronoun is
   * the subject, and names no one
   */
  if (e > first && personal_pronoun (ctx, e - 1))
    return FALSE;
  if (e > first + 1 && _diptych_detect_is (ctx, e - 1, "and"))
    return coordinated_subject (ctx, first, e - 1, start, end);
  /* "The ministry does not say how many were combatants, but says …",
   * "The military did not comment, but said …": the subject of the
   * clause denied before "but"
   */
  if (e > first + 3 && _diptych_detect_is (ctx, e - 1, "but"))
    return subject_before_denial (ctx, first, e - 1, start, end);

  if (e > first && _diptych_detect_is (ctx, e - 1, ","))
    {
      /* "Sanad Rights Monitor, a Yemeni human rights group, said" */
      guint p;
      gboolean away = e >= first + 2 && _diptych_detect_is (ctx, e - 2, "away");

      for (p = e - 1; p > first && e - p < 25; p--)
        {
          /* "A separatist commander, “General” Ebenezer Tamfu, said": past
           * a rank or nickname in quotes before the name
           */
          guint quoted = quoted_title_before (ctx, first, p);

          if (quoted > 0)
            {
              p -= quoted - 1;
              continue;
            }
          if (_diptych_detect_is (ctx, p - 1, ",") || _diptych_detect_is_quote (ctx, p - 1))
            break;
        }
      /* "A spokesman for the group, who gave his name as “General
       * Ayeke”, said": quotes inside a relative aside
       */
      if (p > first && _diptych_detect_is_quote (ctx, p - 1))
        {
          guint r;

          for (r = p - 1; r > first && e - r < 25 && !_diptych_detect_is (ctx, r - 1, ","); r--)
            ;
          if (r > first && e - r < 25 && _diptych_detect_is (ctx, r - 1, ",") && is_relative (ctx, r))
            p = r;
        }
      /* "…, which brings together troops from Cameroon, Chad, Niger and
       * Nigeria, said": the tail of a list inside a relative aside
       */
      if (p > first + 1 && _diptych_detect_is (ctx, p - 1, ","))
        {
          gboolean list = FALSE, names = TRUE;

          for (guint k = p; k < e - 1; k++)
            {
              list |= _diptych_detect_is (ctx, k, "and");
              names &= detect_key (ctx, k)->upper || _diptych_detect_is (ctx, k, "and");
            }
          if (list && names)
            for (guint r = p - 1; r > first + 1 && e - r < 25; r--)
              if (is_relative (ctx, r) && _diptych_detect_is (ctx, r - 1, ","))
                {
                  p = r;
                  break;
                }
        }
      /* "Kfor, whose largest base, Camp Bondsteel, lies just outside the
       * town, said": a relative aside with an aside of its own
       */
      if (p > first + 1 && _diptych_detect_is (ctx, p - 1, ",") && !is_relative (ctx, p) &&
          !detect_key (ctx, p)->upper)
        for (guint r = p - 2; r > first + 1 && e - r < 25; r--)
          if ((_diptych_detect_is (ctx, r, "whose") || _diptych_detect_is (ctx, r, "who")) &&
              _diptych_detect_is (ctx, r - 1, ","))
            {
              p = r;
              break;
            }
      if (p == first || e - p >= 25 || !_diptych_detect_is (ctx, p - 1, ","))
        return FALSE;
      /* "told reporters in Bamenda, the regional capital, that the
       * attackers, estimated": a clause, not an aside
       */
      if (_diptych_detect_is (ctx, p, "that"))
        return FALSE;
      /* "A witness, Mohamed Suleiman, said", "The U.N. refugee agency,
       * UNHCR, said": the name is the source's too, and names it later
       */
      /* … "The command's spokesman, Pol. Lt. Col. Suriya Wongsa, told":
       * the points of a rank's abbreviations do not count
       */
      guint points = 0;

      for (guint k = p; k < e - 1; k++)
        points += _diptych_detect_is (ctx, k, ".");
      if (e - 1 - p - points <= 6 && (detect_key (ctx, p)->upper || quoted_title_before (ctx, first, p + 3) == 3 ||
                                      quoted_title_before (ctx, first, p + 4) == 4))
        {
          name_end = e - 1;
          for (guint k = p; k < e - 1; k++)
            if (!detect_key (ctx, k)->upper && !_diptych_detect_is (ctx, k, ".") && !_diptych_detect_is_quote (ctx, k))
              name_end = 0;
        }
      e = p - 1;
      /* "A commander of the faction, who identified himself only by his
       * alias, Jonathan, told": past the relative aside before the name
       */
      if (name_end > 0)
        {
          guint r;

          for (r = e - 1; r > first + 1 && e - r < 15 && !_diptych_detect_is (ctx, r - 1, ","); r--)
            ;
          if (r > first + 1 && _diptych_detect_is (ctx, r - 1, ",") && is_relative (ctx, r))
            e = r - 1;
        }
      /* "Ratan Das, 45, a shopkeeper from Kulai, said": past the age */
      if (e >= first + 3 && detect_key (ctx, e - 1)->digits && strlen (detect_lower (ctx, e - 1)) <= 3 &&
          _diptych_detect_is (ctx, e - 2, ",") && detect_key (ctx, e - 3)->upper)
        e -= 2;
      /* "An aid worker in Semera, the Afar regional capital, who asked
       * not to be named, said": past the place's aside before the
       * relative too
       */
      /* … or before where it lies: "Local officials in El Fula, the
       * state capital, about 60 kilometres (37 miles) away, said"
       */
      else if ((is_relative (ctx, p) || away) && e > first + 2)
        {
          guint a;

          for (a = e - 1; a > first + 1 && e - a < 8 && !_diptych_detect_is (ctx, a - 1, ","); a--)
            ;
          if (a > first + 2 && _diptych_detect_is (ctx, a - 1, ",") &&
              (_diptych_detect_is (ctx, a, "the") || _diptych_detect_is_article (ctx, a)) &&
              detect_key (ctx, a - 2)->upper)
            {
              /* the place may be of two words: "in El Fula" */
              guint place = a - 2;

              while (place > first + 1 && a - 2 - place < 3 && detect_key (ctx, place - 1)->upper)
                place--;
              /* … not an opening "In Uganda, the Office of the Prime
               * Minister, which …, said": the office said it
               */
              if (_diptych_detect_is (ctx, place - 1, "in") && place - 1 > first)
                e = a - 1;
            }
        }
      /* "The Ukhrul Times, a local news website, citing village elders,
       * reported", "Kamal Uddin, unit president of the Nagorik Parishad,
       * a settler organisation, alleged": the name the sentence opens
       * with, past a second aside
       */
      if (name_end == 0 && e > first + 1 &&
          (_diptych_detect_is (ctx, p, "citing") || _diptych_detect_is (ctx, p, "the") || _diptych_detect_is_article (ctx, p)))
        {
          guint c;

          for (c = e - 1; c > first && e - c < 20 && !_diptych_detect_is (ctx, c, ","); c--)
            ;
          if (c > first && c <= first + 7 && _diptych_detect_is (ctx, c, ",") && opens_with_name (ctx, first, c))
            e = c;
        }
    }
  if (e == first || is_boundary (ctx, e - 1))
    return FALSE;

  for (s = e; s > first; s--)
    {
      guint t = s - 1;

      if (_diptych_detect_is (ctx, t, ")"))
        {
          while (t > first && !_diptych_detect_is (ctx, t, "("))
            t--;
          s = t + 1;
          continue;
        }
      if (is_boundary (ctx, t) || _diptych_detect_is (ctx, t, "(") ||
          (detect_in (ctx, t, LEX_CLAUSE) && !detect_key (ctx, t)->upper) ||
          /* "a video in which masked men said": the relative's own
           * subject
           */
          (t + 1 < e && _diptych_detect_is (ctx, t, "which") && t > first && _diptych_detect_is (ctx, t - 1, "in")) ||
          /* "The dead included 17 men police described as gang members":
           * a figure's noun ends the clause before the speaker
           */
          (t > first && t + 1 < e && detect_in (ctx, t, LEX_GROUP) && detect_key (ctx, t - 1)->quantity &&
           !detect_key (ctx, t)->upper &&
           (_diptych_detect_is (ctx, t + 1, "the") || detect_in (ctx, t + 1, LEX_SOURCE_TYPE) ||
            detect_in (ctx, t + 1, LEX_GROUP)) &&
           (_diptych_detect_is (ctx, verb, "described") || _diptych_detect_is (ctx, verb, "describe") ||
            _diptych_detect_is (ctx, verb, "describes"))) ||
          /* "Late last night the government announced": when it spoke,
           * opening the sentence; not "researchers who visited last week"
           */
          (t > first && (_diptych_detect_is (ctx, t - 1, "last") || _diptych_detect_is (ctx, t - 1, "this")) &&
           (t - 1 == first || (t - 2 == first && (_diptych_detect_is (ctx, first, "late") ||
                                                  _diptych_detect_is (ctx, first, "early")))) &&
           (_diptych_detect_is (ctx, t, "night") || _diptych_detect_is (ctx, t, "morning") ||
            _diptych_detect_is (ctx, t, "evening") || _diptych_detect_is (ctx, t, "afternoon"))) ||
          /* "When the army said", "Since the government declared": a
           * sentence that opens with a clause; not "That report said"
           */
          (t == first && (detect_in (ctx, t, LEX_CLAUSE) || _diptych_detect_is (ctx, t, "since") ||
                          _diptych_detect_is (ctx, t, "once") || _diptych_detect_is (ctx, t, "until")) &&
           !_diptych_detect_is (ctx, t, "that")))
        break;
    }

  /* "Witnesses in al-Mazraa, Bustan al-Basha and Ain Shqaq described":
   * the noun before the places listed, not the last place
   */
  if (s > first + 3 && (_diptych_detect_is (ctx, s - 1, ",") || _diptych_detect_is (ctx, s - 1, "and")) &&
      in_place_list (ctx, s, e))
    {
      guint k = s - 1;

      while (k > first + 1 && s - k < 12 && (_diptych_detect_is (ctx, k - 1, ",") || in_place_list (ctx, k - 1, k)))
        k--;
      gboolean and = FALSE;

      /* a list has its "and": not "died in the hospital in Kharkiv,
       * Kostiuk said"
       */
      for (guint a = k; a < s; a++)
        and |= _diptych_detect_is (ctx, a, "and");
      if (and && k > first + 1 && k < s - 1 && (_diptych_detect_is (ctx, k - 1, "in") || _diptych_detect_is (ctx, k - 1, "from")) &&
          detect_in (ctx, k - 2, LEX_SOURCE_TYPE) && (!detect_key (ctx, k - 2)->upper || k - 2 == first))
        {
          e = k - 1;
          s = phrase_start (ctx, first, e);
        }
    }

  /* "A 34-year-old woman who lost her husband and two daughters in the
   * strike said": the one the relative clause describes, when the clause
   * starts with a verb of its own; not "two men who residents said"
   */
  {
    guint r = s;

    /* the relative may be further back: "who lost her husband and two
     * daughters"
     */
    while (r > first + 1 && s - r < 15 && !is_relative (ctx, r - 1) && !_diptych_detect_is (ctx, r - 1, "that") &&
           !is_punct (ctx, r - 1) && !_diptych_detect_is_quote (ctx, r - 1))
      r--;
    /* … "The charity that runs the University Hospital of Mirebalais" */
    if (r > first + 1 && (is_relative (ctx, r - 1) || _diptych_detect_is (ctx, r - 1, "that")) && r < e &&
        !detect_key (ctx, r)->upper &&
        !_diptych_detect_is (ctx, r, "the") && !detect_in (ctx, r, LEX_SOURCE_TYPE) && !detect_in (ctx, r, LEX_GROUP) &&
        !detect_in (ctx, r, LEX_PRONOUN) && !detect_in (ctx, r, LEX_FUNCTION) &&
        (detect_in (ctx, r - 2, LEX_SOURCE_TYPE) || detect_in (ctx, r - 2, LEX_GROUP) ||
         source_noun (ctx, r - 2) == SOURCE_NOUN_PERSON))
      {
        guint p = noun_phrase_start (ctx, first, r - 1);

        if (p < r - 1)
          {
            e = r - 1;
            s = p;
          }
      }
  }

  /* "a rescuer who gave his name only as Andriy told": the subject is
   * the one the relative clause names
   */
  if (s > first + 2 && _diptych_detect_is (ctx, s - 1, "as"))
    for (guint k = s - 2; k > first && s - k < 8 && !is_boundary (ctx, k); k--)
      if (is_relative (ctx, k))
        {
          guint p = phrase_start (ctx, first, k);

          if (p < k && is_named (ctx, p, k) > 0)
            {
              s = p;
              e = k;
            }
          break;
        }

  for (guint k = s; k < e; k++)
    {
      if (is_relative (ctx, k))
        {
          /* "said Hamadoun Cissé, 41, a cousin of the bride who said":
           * an aside of the source before, who is cited already
           */
          if (k + 1 == verb && after_source (ctx, s))
            return FALSE;
          /* "two men who residents said were taken", "who the military
           * said was behind": the verb's subject follows the relative,
           * and the verb reports the relative's own verb; not "which the
           * authorities have declared extremist"
           */
          /* … and "a drive under which the army says it has recovered":
           * after a preposition the relative opens a clause of its own;
           * and "…, which security officials rejected as propaganda": the
           * clause before is what they reject
           */
          if (k + 1 < e && verb + 1 < ctx->n_tokens &&
              (is_verb_like (ctx, verb + 1) ||
               /* … "who witnesses said numbered about 40", "which the UN
                * said forced 137,000 people from their homes": a verb
                * in the past, the relative's own
                */
               ((_diptych_detect_is (ctx, k, "who") || _diptych_detect_is (ctx, k, "whom") ||
                 _diptych_detect_is (ctx, k, "which")) &&
                !detect_line_before (ctx, verb + 1) && !detect_key (ctx, verb + 1)->upper &&
                ((detect_ends_with (ctx, verb + 1, "ed") && !detect_in (ctx, verb + 1, LEX_GROUP)) ||
                 /* … "whom the army said it was still hunting" */
                 (personal_pronoun (ctx, verb + 1) && verb + 2 < ctx->n_tokens &&
                  !detect_line_before (ctx, verb + 2) && detect_in (ctx, verb + 2, LEX_AUXILIARY)))) ||
               (k > first && (_diptych_detect_is (ctx, k, "which") || _diptych_detect_is (ctx, k, "whom")) &&
                ((detect_in (ctx, k - 1, LEX_FUNCTION) && !detect_in (ctx, k - 1, LEX_CLAUSE)) ||
                 _diptych_detect_is (ctx, k - 1, "under") || _diptych_detect_is (ctx, k - 1, "through") ||
                 _diptych_detect_is (ctx, k - 1, "after") || _diptych_detect_is (ctx, k - 1, "with"))) ||
               (k > first && _diptych_detect_is (ctx, k, "which") && _diptych_detect_is (ctx, k - 1, ",") &&
                !_diptych_detect_is (ctx, verb + 1, ",") &&
                (_diptych_detect_is (ctx, verb, "rejected") || _diptych_detect_is (ctx, verb, "denied") ||
                 _diptych_detect_is (ctx, verb, "dismissed") || _diptych_detect_is (ctx, verb, "disputed")))) &&
              !personal_pronoun (ctx, k + 1) &&
              (detect_key (ctx, k + 1)->upper || _diptych_detect_is (ctx, k + 1, "the") ||
               detect_in (ctx, k + 1, LEX_SOURCE_TYPE) || detect_in (ctx, k + 1, LEX_GROUP) ||
               (k + 2 < e && detect_in (ctx, k + 2, LEX_SOURCE_TYPE))) &&
              is_named (ctx, k + 1, e) > 0)
            {
              s = k + 1;
              break;
            }
          e = k;
          break;
        }
    }
  /* a relative that opens the words before the verb: "who said on
   * Telegram", at the start of a line, names no subject
   */
  if (e <= s)
    return FALSE;
  /* "A CODECO spokesperson quoted by Radio Okapi denied", "Witnesses
   * interviewed by Human Rights Watch said": the one whose words they
   * are, not who passed them on
   */
  for (guint k = s + 1; k + 1 < e; k++)
    if (passed_on_by (ctx, k, e))
      {
        e = k;
        break;
      }
  {
    guint subject = after_disputed (ctx, s, e);

    if (subject > 0)
      s = subject;
  }
  named = is_named (ctx, s, e);
  /* "a coalition of opposition parties and civil society groups said":
   * the words after "and" name no one of their own
   */
  if (s > first + 1 && _diptych_detect_is (ctx, s - 1, "and") && (named == 0 || one_body (ctx, first, s)))
    {
      /* or name one body: "the Fire Service and Civil Defence" */
      guint s2 = phrase_start (ctx, first, s - 1);

      if (s2 < s - 1 && is_named (ctx, s2, s - 1) > 0)
        {
          s = s2;
          named = 1;
        }
    }
  if (named <= 0)
    return FALSE;
  if (e <= s || e - s > MAX_SOURCE_TOKENS)
    return FALSE;
  /* "The RSF, in a statement on Telegram, denied …, said": where it was
   * said, not who said it
   */
  if ((_diptych_detect_is (ctx, s, "in") || _diptych_detect_is (ctx, s, "on")) && s + 2 < e &&
      (source_noun (ctx, s + 1) == SOURCE_NOUN_STATEMENT || source_noun (ctx, s + 2) == SOURCE_NOUN_STATEMENT))
    {
      guint k = s;

      /* … but "in a statement signed by the Special Adviser" names him */
      while (k < e && !_diptych_detect_is (ctx, k, "by"))
        k++;
      if (k == e)
        return FALSE;
    }
  /* "Later Friday, the toll rose to 16, said …", "On Monday, …": a time
   * before the comma, not who said it
   */
  {
    guint k = s;

    while (k < e && (opens_phrase (ctx, k) || is_day (ctx, k) || detect_in (ctx, k, LEX_MONTH) ||
                     detect_key (ctx, k)->digits || _diptych_detect_is (ctx, k, "later") ||
                     _diptych_detect_is (ctx, k, "earlier") || _diptych_detect_is (ctx, k, "late") ||
                     _diptych_detect_is (ctx, k, "early")))
      k++;
    if (k == e)
      return FALSE;
  }
  /* "An estimated 120,000", "a reported 30": an adjective, not a verb */
  if (e - s == 1 && (_diptych_detect_is_article (ctx, s) ||
                     _diptych_detect_is (ctx, s, "the")))
    return FALSE;
  /* "In March Israeli troops", "On Monday 3 June police": past the date
   * to the name after it
   */
  if (opens_phrase (ctx, s) && s + 1 < e && detect_in (ctx, s + 1, LEX_MONTH))
    {
      guint k = s + 2;

      while (k < e && (detect_key (ctx, k)->digits || detect_in (ctx, k, LEX_MONTH)))
        k++;
      if (k < e && detect_key (ctx, k)->upper)
        s = k;
    }
  /* "By Saturday afternoon the mayor's office", "In the north the head
   * of the council": past an opening phrase that has no comma, to the
   * article after its last word
   */
  if (opens_phrase (ctx, s) ||
      /* "Late on Monday the ministry" */
      (s + 1 < e && opens_phrase (ctx, s + 1) &&
       (_diptych_detect_is (ctx, s, "late") || _diptych_detect_is (ctx, s, "early") ||
        _diptych_detect_is (ctx, s, "earlier") || _diptych_detect_is (ctx, s, "later") ||
        _diptych_detect_is (ctx, s, "shortly") || _diptych_detect_is (ctx, s, "just"))))
    for (guint k = s + 2; k + 1 < e; k++)
      if ((_diptych_detect_is (ctx, k, "the") || _diptych_detect_is_article (ctx, k)) &&
          !detect_in (ctx, k - 1, LEX_FUNCTION) && !_diptych_detect_is (ctx, k - 1, "the") &&
          !_diptych_detect_is (ctx, k - 1, "a") && !_diptych_detect_is (ctx, k - 1, "an"))
        {
          s = k;
          break;
        }

  /* "Thursday's strikes raised the toll to 3,961", "The strikes of the
   * past week": an event; not "A survivor of the church strike", whose
   * noun comes before "of"
   */
  {
    guint head = e - 1;

    for (guint k = s + 1; k + 1 < e; k++)
      if (_diptych_detect_is (ctx, k, "of"))
        {
          head = k - 1;
          break;
        }
    if (is_event (ctx, head) && (head == s || !detect_key (ctx, head)->upper))
      return FALSE;
  }

  *start = s;
  *end = name_end > 0 ? name_end : e;
  return TRUE;
}

/* The quote that ends just before @end, as a token range. It is in
 * @end's paragraph and opens there: a quote that runs over paragraphs
 * opens each of them again, and the last is the one whose speaker
 * follows.
 */
static gboolean
quote_before (DetectContext *ctx,
              guint          floor,
              guint          end,
              guint         *q_first,
              guint         *q_last)
{
  guint k = end;

  /* Tokens k - 1 and k are on one line while no break is before k */
  while (k > floor && !detect_line_before (ctx, k) &&
         (_diptych_detect_is (ctx, k - 1, ",") || _diptych_detect_is (ctx, k - 1, ".")))
    k--;
  if (k == floor || detect_line_before (ctx, k) || !_diptych_detect_is_quote (ctx, k - 1))
    return FALSE;
  *q_last = k;
  for (k = k - 1; k > 0 && *q_last - k < 400 && !detect_line_before (ctx, k); k--)
    if (_diptych_detect_is_quote (ctx, k - 1))
      {
        *q_first = k - 1;
        return TRUE;
      }
  return FALSE;
}

static void
claim_before (DetectContext *ctx,
              guint          first,
              guint          subject_first,
              gint           source)
{
  guint q_first, q_last, end = subject_first;

  if (quote_before (ctx, 0, end, &q_first, &q_last))
    add_claim (ctx, q_first, q_last, source);
  else
    add_claim (ctx, first, end, source);
}

static void
claim_after (DetectContext *ctx,
             guint          verb,
             guint          last,
             gint           source)
{
  guint from = verb + 1;

  /* "The statement read in part: “…”": the words after the colon */
  if (from + 2 < last && _diptych_detect_is (ctx, from, "in") && _diptych_detect_is (ctx, from + 1, "part") &&
      _diptych_detect_is (ctx, from + 2, ":"))
    from += 3;
  for (guint k = verb + 1; k < MIN (last, verb + 9); k++)
    if (_diptych_detect_is (ctx, k, "that"))
      {
        from = k + 1;
        break;
      }
  add_claim (ctx, from, last, source);
}

/* "The fire claimed the lives of 19 patients", "Floods have claimed 80
 * lives": a toll, not a claim.
 */
static gboolean
claims_lives (DetectContext *ctx,
              guint          verb,
              guint          last)
{
  if (!_diptych_detect_is (ctx, verb, "claimed") && !_diptych_detect_is (ctx, verb, "claims"))
    return FALSE;
  for (guint k = verb + 1; k < last && k < verb + 6; k++)
    {
      if (_diptych_detect_is (ctx, k, "lives") || _diptych_detect_is (ctx, k, "life"))
        return TRUE;
      if (is_boundary (ctx, k))
        return FALSE;
    }
  return FALSE;
}

/* "a woman surnamed Li", "a local resident", "an army officer": an
 * indefinite noun phrase whose noun, within its first three words, names
 * a source or a group of people.
 */
static gboolean
indefinite_source (DetectContext *ctx,
                   guint          i,
                   guint          last)
{
  if (!_diptych_detect_is (ctx, i, "a") && !_diptych_detect_is (ctx, i, "an"))
    return FALSE;
  for (guint k = i + 1; k < last && k < i + 4; k++)
    {
      if (is_boundary (ctx, k))
        return FALSE;
      /* … "a spokesperson for the army" */
      if (detect_in (ctx, k, LEX_SOURCE_TYPE) || detect_in (ctx, k, LEX_GROUP) || detect_in (ctx, k, LEX_TITLE))
        return TRUE;
    }
  return FALSE;
}

/* Whether tokens @s..@e hold a word that says what someone did, not
 * who they are: "Troops killed 12 rebels and officials said", "The army
 * shelled the town and residents said"; not "an ethnic armed group and
 * residents said", "Iran-backed militias".
 */
static gboolean
acts (DetectContext *ctx,
      guint          s,
      guint          e)
{
  static const char *const describing[] = {
    "armed", "unidentified", "suspected", "alleged", "masked", "united", "allied", "organised", "organized",
    "retired", "unnamed", "affiliated",
  };

  for (guint k = s; k < e; k++)
    {
      const char *w = detect_lower (ctx, k);
      gsize len = detect_key (ctx, k)->length;
      gboolean describes = strchr (w, '-') != NULL;

      for (guint d = 0; d < G_N_ELEMENTS (describing) && !describes; d++)
        describes = strcmp (w, describing[d]) == 0;
      /* "Two health workers and a local official told": how many tell */
      if (k == s && detect_key (ctx, k)->number_word && e - s >= 2 && e - s <= 4 &&
          (detect_in (ctx, e - 1, LEX_SOURCE_TYPE) || source_noun (ctx, e - 1) == SOURCE_NOUN_PERSON) &&
          !detect_in (ctx, e - 1, LEX_OUTCOME))
        continue;
      if (detect_key (ctx, k)->digits || detect_key (ctx, k)->number_word || detect_in (ctx, k, LEX_OUTCOME) ||
          (!detect_key (ctx, k)->upper && len > 3 && detect_ends_with (ctx, k, "ed") && !describes))
        return TRUE;
    }
  return FALSE;
}

/* "said Jan Egeland", "said June Haddad": a month's name that is a
 * first name, before a capitalised word; not "said Monday", "said March 3".
 */
static gboolean
month_named (DetectContext *ctx,
             guint          k,
             guint          last)
{
  return k + 1 < last && !detect_ends_with (ctx, k, "day") && detect_key (ctx, k + 1)->upper &&
         !detect_in (ctx, k + 1, LEX_MONTH) && !is_boundary (ctx, k + 1);
}

/* Whether the words from @i are a title in lower case and a name:
 * "provincial police chief Col. Ramon Dizon", "army spokesman Ali Musa";
 * or a person's work: "paramedic Khaled al-Najjar".
 */
static gboolean
titled_name (DetectContext *ctx,
             guint          i,
             guint          last)
{
  for (guint k = i; k + 1 < last && k < i + 4; k++)
    {
      if (detect_key (ctx, k)->upper || is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION))
        return FALSE;
      if ((detect_in (ctx, k, LEX_TITLE) || detect_in (ctx, k, LEX_SOURCE_TYPE) ||
           (source_noun (ctx, k) == SOURCE_NOUN_PERSON && !detect_ends_with (ctx, k, "s"))) &&
          detect_key (ctx, k + 1)->upper && !is_punct (ctx, k + 1))
        return TRUE;
    }
  return FALSE;
}

/* Whether a preposition of place stands before the name at @s, past an
 * adjective: "in western Nineveh", "from Mosul"
 */
static gboolean
place_before (DetectContext *ctx,
              guint          first,
              guint          s)
{
  guint k = s - 1;

  if (k > first && !detect_key (ctx, k)->upper && !is_punct (ctx, k) &&
      (_diptych_detect_is (ctx, k - 1, "in") || _diptych_detect_is (ctx, k - 1, "from") ||
       _diptych_detect_is (ctx, k - 1, "near")))
    k--;
  return _diptych_detect_is (ctx, k, "in") || _diptych_detect_is (ctx, k, "from") ||
         _diptych_detect_is (ctx, k, "near");
}

/* Whether the words at @k count those who tell it and end its clause:
 * "two witnesses" of "…, said two witnesses, who spoke on condition of
 * anonymity"; not "said two residents were hurt", "said two civilians, a
 * shopkeeper and a passer-by, also lost their lives".
 */
static gboolean
counted_tellers (DetectContext *ctx,
                 guint          k,
                 guint          last)
{
  return k + 1 < last && detect_key (ctx, k)->number_word &&
         (detect_in (ctx, k + 1, LEX_SOURCE_TYPE) || detect_in (ctx, k + 1, LEX_GROUP)) &&
         (k + 2 == last || _diptych_detect_is (ctx, k + 2, ".") ||
          (k + 3 < last && _diptych_detect_is (ctx, k + 2, ",") && _diptych_detect_is (ctx, k + 3, "who")));
}

/* ", said the official, who …", "…, said Dr. Samer Khattab.": after a
 * comma the verb comes first, and the phrase after it names a source
 * and ends the clause; the words before the comma are not its subject.
 */
static gboolean
inverted_source (DetectContext *ctx,
                 guint          first,
                 guint          verb,
                 guint          last)
{
  guint e, k = verb + 1;

  /* not "told the agency", "put the toll from the strike at 16" */
  if (!_diptych_detect_is (ctx, verb, "said") && !_diptych_detect_is (ctx, verb, "says") &&
      !_diptych_detect_is (ctx, verb, "added") && !_diptych_detect_is (ctx, verb, "wrote") &&
      !_diptych_detect_is (ctx, verb, "warned"))
    return FALSE;
  /* "…, soldiers and miners among them, said its director, Dr. Hamidou
   * Issoufou"
   */
  if (verb > first && _diptych_detect_is (ctx, verb - 1, ",") && is_possessed_title (ctx, k, last))
    {
      /* … that ends the sentence, or a name does: not "said her family
       * had fled", "said her brother, a cattle trader who …"
       */
      for (e = k + 1; e < last && e < k + 5 && !is_punct (ctx, e); e++)
        if (!detect_in (ctx, e, LEX_TITLE) && !detect_in (ctx, e, LEX_SOURCE_TYPE) && !detect_key (ctx, e)->upper)
          return FALSE;
      return e >= last || _diptych_detect_is (ctx, e, ".") ||
             (_diptych_detect_is (ctx, e, ",") && e + 1 < last && detect_key (ctx, e + 1)->upper);
    }
  if (verb > first && _diptych_detect_is (ctx, verb - 1, ",") && counted_tellers (ctx, k, last))
    return TRUE;
  if (verb == first || !_diptych_detect_is (ctx, verb - 1, ",") || k >= last || is_pronoun (ctx, k) ||
      !(detect_key (ctx, k)->upper || _diptych_detect_is (ctx, k, "the") || indefinite_source (ctx, k, last) ||
        titled_name (ctx, k, last)))
    return FALSE;
  e = phrase_after (ctx, k, last);
  if (e <= k || !(e >= last || _diptych_detect_is (ctx, e, ",") || _diptych_detect_is (ctx, e, ".") ||
                  is_relative (ctx, e)))
    return FALSE;
  /* not a clause of its own: "…, said the detainees included a Bawm
   * village headman"
   */
  for (guint v = k; v < e; v++)
    if (detect_in (ctx, v, LEX_AUXILIARY) || detect_in (ctx, v, LEX_BREAKDOWN) || detect_in (ctx, v, LEX_OUTCOME) ||
        detect_in (ctx, v, LEX_REPORTING))
      return FALSE;
  /* … nor "…, said the town needed more troops": a verb in the past
   * after its subject's noun (not "the armed forces", "the army's
   * embattled commander")
   */
  if (_diptych_detect_is (ctx, k, "the") || _diptych_detect_is_article (ctx, k))
    for (guint v = k + 2; v < e; v++)
      if (!detect_key (ctx, v)->upper && !detect_key (ctx, v - 1)->upper && detect_ends_with (ctx, v, "ed") &&
          strlen (detect_lower (ctx, v)) > 4 && !is_punct (ctx, v - 1) && !detect_key (ctx, v - 1)->possessive &&
          !detect_in (ctx, v - 1, LEX_FUNCTION) && !detect_key (ctx, v - 1)->quantity)
        return FALSE;
  /* "…, followed by an assault by dozens of gunmen, said the officer,
   * who asked not to be named"
   */
  for (; k < e; k++)
    if (detect_in (ctx, k, LEX_SOURCE_TYPE) || detect_key (ctx, k)->upper || source_noun (ctx, k) == SOURCE_NOUN_PERSON ||
        detect_in (ctx, k, LEX_TITLE))
      return TRUE;
  return FALSE;
}

/* Where a name set off by a comma after a title ending at @e ends: the
 * name "Hilario Mendoza" of "the mayor of Vizcatán del Ene, Hilario Mendoza,
 * who", "Dr. Mariela Cardenas" of "the hospital's director, Dr. Mariela
 * Cardenas."; or @e. The name ends its clause.
 */
static guint
name_after_title (DetectContext *ctx,
                  guint          e,
                  guint          last)
{
  guint k;

  if (e + 2 >= last || !_diptych_detect_is (ctx, e, ",") || !detect_key (ctx, e + 1)->upper ||
      detect_in (ctx, e + 1, LEX_MONTH) || is_day (ctx, e + 1))
    return e;
  for (k = e + 1; k < last && k < e + 7 && (detect_key (ctx, k)->upper || is_abbreviation_point (ctx, k)); k++)
    if (detect_in (ctx, k, LEX_SOURCE_TYPE) || detect_in (ctx, k, LEX_PLACE))
      return e;
  if (k < e + 3)
    return e;  /* one word: a place more often than a name */
  return k >= last || _diptych_detect_is (ctx, k, ",") || _diptych_detect_is (ctx, k, ".") || is_relative (ctx, k)
           ? k : e;
}

/* Whether the lower-case words ending at @k follow "the" or a capital
 * within three words: "the U.N. refugee agency's", not "well below the
 * ministry's" (which stops at "the" first).
 */
static gboolean
lower_run_to_the (DetectContext *ctx,
                  guint          first,
                  guint          k)
{
  for (guint j = k; j > first && k - j < 3; j--)
    {
      if (_diptych_detect_is (ctx, j - 1, "the") || detect_key (ctx, j - 1)->upper || is_abbreviation_point (ctx, j - 1))
        return TRUE;
      if (is_punct (ctx, j - 1) || detect_in (ctx, j - 1, LEX_FUNCTION) || detect_in (ctx, j - 1, LEX_CLAUSE))
        return FALSE;
    }
  return FALSE;
}

/* ", per the provincial health authorities", "Per the ministry, …":
 * "per" cites a source only after a comma or first, and before a name or
 * a source's noun; not "per cent", "per day", "per the agreement".
 */
static gboolean
per_source (DetectContext *ctx,
            guint          first,
            guint          i,
            guint          last)
{
  guint e;

  if ((i > first && !_diptych_detect_is (ctx, i - 1, ",")) || i + 1 >= last)
    return FALSE;
  e = phrase_after (ctx, i + 1, last);
  for (guint k = i + 1; k < e; k++)
    if (detect_in (ctx, k, LEX_SOURCE_TYPE) || (detect_key (ctx, k)->upper && !detect_in (ctx, k, LEX_MONTH)))
      return TRUE;
  return FALSE;
}

/* Whether a "that" clause follows the verb at @verb within a few words,
 * or the verb ends the sentence after the clause it reports: "concluded
 * in 1999 that", "…, the court found."
 */
static gboolean
clause_follows (DetectContext *ctx,
                guint          first,
                guint          verb,
                guint          last)
{
  /* not the passive: "without their parents being informed", "were
   * informed that"
   */
  if (verb > first && (_diptych_detect_is (ctx, verb - 1, "being") || _diptych_detect_is (ctx, verb - 1, "been") ||
                       _diptych_detect_is (ctx, verb - 1, "be") || _diptych_detect_is (ctx, verb - 1, "was") ||
                       _diptych_detect_is (ctx, verb - 1, "were")))
    return FALSE;
  if (verb + 1 >= last || _diptych_detect_is (ctx, verb + 1, ".") || _diptych_detect_is_quote (ctx, verb + 1))
    {
      /* at the sentence's end, a subject the sentence opens with or that
       * a comma sets off ("…, Chief District Officer Kedar Nath Poudel
       * informed."); not one of two clauses the passive shares ("had been
       * identified and their families informed")
       */
      for (guint k = verb; k > first && verb - k < 8; k--)
        {
          if (_diptych_detect_is (ctx, k - 1, "and"))
            return FALSE;
          if (_diptych_detect_is (ctx, k - 1, ",") || _diptych_detect_is_quote (ctx, k - 1))
            break;
        }
      return TRUE;
    }
  for (guint k = verb + 1; k < last && k < verb + 6; k++)
    {
      if (_diptych_detect_is (ctx, k, "that"))
        return TRUE;
      if (is_boundary (ctx, k))
        return FALSE;
    }
  return FALSE;
}

/* Whether the words from @i, after "one", name a source within two words:
 * "one man", "one SER nurse".
 */
static gboolean
names_someone (DetectContext *ctx,
               guint          i,
               guint          last)
{
  /* "said one of the officials" */
  if (i + 2 < last && _diptych_detect_is (ctx, i, "of") &&
      (_diptych_detect_is (ctx, i + 1, "the") || detect_is_possessive_determiner (ctx, i + 1)))
    i += 2;
  for (guint k = i; k < last && k < i + 2; k++)
    {
      if (is_boundary (ctx, k))
        return FALSE;
      if (detect_in (ctx, k, LEX_GROUP) || detect_in (ctx, k, LEX_SOURCE_TYPE))
        return TRUE;
    }
  return FALSE;
}

/* Where the verb of "tell a different story", "gave a grimmer picture"
 * starts when its noun is at @i; or 0.
 */
static guint
tells_other_account (DetectContext *ctx,
                     guint          first,
                     guint          i)
{
  guint verb = i - 3;

  if (i < first + 4 ||
      !(_diptych_detect_is (ctx, i, "story") || _diptych_detect_is (ctx, i, "account") ||
        _diptych_detect_is (ctx, i, "picture") || _diptych_detect_is (ctx, i, "version") ||
        /* "A parent gave a higher figure", "Residents give a higher toll" */
        _diptych_detect_is (ctx, i, "figure") || _diptych_detect_is (ctx, i, "toll") ||
        _diptych_detect_is (ctx, i, "estimate") || _diptych_detect_is (ctx, i, "count")) ||
      !_diptych_detect_is (ctx, i - 2, "a") ||
      !(_diptych_detect_is (ctx, i - 1, "different") || detect_ends_with (ctx, i - 1, "er")))
    return 0;
  return _diptych_detect_is (ctx, verb, "tell") || _diptych_detect_is (ctx, verb, "tells") ||
         _diptych_detect_is (ctx, verb, "told") || _diptych_detect_is (ctx, verb, "gave") ||
         _diptych_detect_is (ctx, verb, "give") || _diptych_detect_is (ctx, verb, "gives") ||
         _diptych_detect_is (ctx, verb, "painted") || _diptych_detect_is (ctx, verb, "paint")
           ? verb : 0;
}

/* Whether the verb at @i is that of a UN report's partners, who find
 * and count what the report tells: "Protection partners have identified
 * 140 unaccompanied children", "Partners have recorded cases of
 * looting".
 */
static gboolean
partners_before (DetectContext *ctx,
                 guint          first,
                 guint          i)
{
  guint k = i;

  while (k > first && (detect_in (ctx, k - 1, LEX_AUXILIARY) || _diptych_detect_is (ctx, k - 1, "also") ||
                       _diptych_detect_is (ctx, k - 1, "further")))
    k--;
  /* not "UNICEF and partners", who are named first */
  return k > first && _diptych_detect_is (ctx, k - 1, "partners") &&
         !(k > first + 1 && _diptych_detect_is (ctx, k - 2, "and"));
}

static gboolean
counting_verb (DetectContext *ctx,
               guint          i)
{
  return source_verb (ctx, i) == SOURCE_VERB_COUNTING;
}

/* "concluded", "found": verbs that cite only with the clause they report */
static gboolean
needs_clause (DetectContext *ctx,
              guint          verb)
{
  return source_verb (ctx, verb) == SOURCE_VERB_CLAUSE;
}

/* "has received reports that", "received credible information of": the
 * reports' receiver passes them on
 */
static gboolean
receives_reports (DetectContext *ctx,
                  guint          verb,
                  guint          last)
{
  guint k = verb + 1;

  if (k < last && source_noun (ctx, k) != SOURCE_NOUN_HEARSAY)
    k++;  /* "credible", "further", "new" */
  return k + 1 < last && source_noun (ctx, k) == SOURCE_NOUN_HEARSAY &&
         (_diptych_detect_is (ctx, k + 1, "that") || _diptych_detect_is (ctx, k + 1, "of"));
}

/* "named the dead as", "identified the two victims as": who the dead
 * were, as the subject tells it; not "a man named Ali", "were identified
 * as", "identified the need for"
 */
static gboolean
names_the_dead (DetectContext *ctx,
                guint          verb,
                guint          last)
{
  gboolean dead = FALSE;

  for (guint k = verb + 1; k < last && k < verb + 6; k++)
    {
      if (_diptych_detect_is (ctx, k, "as"))
        return dead;
      if (is_boundary (ctx, k))
        return FALSE;
      dead |= detect_in (ctx, k, LEX_GROUP) || detect_in (ctx, k, LEX_OUTCOME);
    }
  return FALSE;
}

/* The verbs of source-verbs.txt but those that only follow "able to" */
static gboolean
is_conditional_verb (DetectContext *ctx,
                     guint          i)
{
  SourceVerbRole role = source_verb (ctx, i);

  return role != 0 && role != SOURCE_VERB_CHECK;
}

/* Whether the verb at @verb speaks a quote: right after it ("…,”
 * recalled Fatima Ali"), or before its subject when the verb ends the
 * sentence ("…,” Fatima Ali recalled.").
 */
static gboolean
next_to_quote (DetectContext *ctx,
               guint          first,
               guint          verb,
               guint          last)
{
  /* the quote may end the sentence before: "…?” asked one man" */
  if (verb > 0 && _diptych_detect_is_quote (ctx, verb - 1))
    return TRUE;
  /* "…,” the statement read in part.", "The statement read in part: “…”" */
  if (verb + 2 < last && _diptych_detect_is (ctx, verb + 1, "in") && _diptych_detect_is (ctx, verb + 2, "part"))
    {
      if (verb + 3 < last && _diptych_detect_is (ctx, verb + 3, ":"))
        return TRUE;
      verb += 2;
    }
  if (!(verb + 1 >= last || _diptych_detect_is (ctx, verb + 1, ".")))
    return FALSE;
  for (guint k = verb; k > first && verb - k < 6; k--)
    {
      if (_diptych_detect_is_quote (ctx, k - 1))
        return TRUE;
      if (is_boundary (ctx, k - 1))
        return FALSE;
    }
  return FALSE;
}

/* Whether the words of the subject before @end say who reports:
 * "officials", "aid agencies", "health partners"
 */
static gboolean
names_reporters (DetectContext *ctx,
                 guint          first,
                 guint          end)
{
  for (guint k = end; k > first && k + 3 > end && !is_punct (ctx, k - 1); k--)
    if (detect_in (ctx, k - 1, LEX_SOURCE_TYPE))
      return TRUE;
  return FALSE;
}

/* Whether the verb at @verb makes an act known: "announced compensation
 * of", "announced an ex gratia of Rs 10 lakh", "declared three days of
 * mourning"; not "announced that", "announced the deaths of"
 */
static gboolean
announces_act (DetectContext *ctx,
               guint          verb,
               guint          last)
{
  for (guint k = verb + 1; k < last && k < verb + 6; k++)
    {
      if (is_boundary (ctx, k) || _diptych_detect_is (ctx, k, "that") || detect_in (ctx, k, LEX_OUTCOME))
        return FALSE;
      if (_diptych_detect_is (ctx, k, "compensation") || _diptych_detect_is (ctx, k, "gratia") ||
          _diptych_detect_is (ctx, k, "mourning") || _diptych_detect_is (ctx, k, "reward"))
        return TRUE;
    }
  return FALSE;
}

/* "Protection partners report 27 cases", "Officials estimate that …",
 * "police report 12 dead", "partners in Tawila report that", "Local
 * media report that": "report" and
 * "estimate" are verbs after a plural and before a number or "that"; not "a UN report that", "their
 * estimate of 300", "the people who report on them".
 */
static gboolean
plural_reports (DetectContext *ctx,
                guint          first,
                guint          verb,
                guint          last)
{
  const char *w;
  gsize len;
  guint subject_end = verb, noun;
  gboolean at_end;

  /* "deployed about 120 soldiers and report that": the second verb of
   * a subject named before
   */
  if (verb > first + 2 && verb + 1 < last && _diptych_detect_is (ctx, verb - 1, "and") &&
      _diptych_detect_is (ctx, verb + 1, "that"))
    return TRUE;
  /* "Local authorities also report that" */
  while (subject_end > first + 1 && detect_in (ctx, subject_end - 1, LEX_SKIP))
    subject_end--;
  noun = subject_end;
  /* "Humanitarian partners in Tawila report that", "Officials at the
   * Omaheke Regional Council estimate that": past the place
   */
  while (noun > first + 2 && detect_key (ctx, noun - 1)->upper && !detect_key (ctx, noun - 1)->all_upper &&
         subject_end - noun < 4)
    noun--;
  if (noun < subject_end && noun > first + 2 && _diptych_detect_is (ctx, noun - 1, "the"))
    noun--;
  if (noun < subject_end && (_diptych_detect_is (ctx, noun - 1, "in") || _diptych_detect_is (ctx, noun - 1, "at")))
    noun--;
  /* "Partners on the ground report that", "groups in the area estimate" */
  else if (subject_end > first + 3 && _diptych_detect_is (ctx, subject_end - 2, "the") &&
           !detect_key (ctx, subject_end - 1)->upper && !detect_in (ctx, subject_end - 1, LEX_FUNCTION) &&
           !is_punct (ctx, subject_end - 1) &&
           (_diptych_detect_is (ctx, subject_end - 3, "in") || _diptych_detect_is (ctx, subject_end - 3, "on") ||
            _diptych_detect_is (ctx, subject_end - 3, "at")))
    noun = subject_end - 3;
  else
    noun = subject_end;
  if (noun == first)
    return FALSE;
  at_end = verb + 1 >= last || _diptych_detect_is (ctx, verb + 1, ".");
  /* "Local authorities and the CMP estimate that": two who report */
  if (!at_end && _diptych_detect_is (ctx, verb + 1, "that") && !detect_in (ctx, noun - 1, LEX_FUNCTION))
    for (guint k = noun - 1; k > first && noun - k < 12 && !is_boundary (ctx, k); k--)
      if (_diptych_detect_is (ctx, k, "and") &&
          (detect_key (ctx, k - 1)->upper || detect_in (ctx, k - 1, LEX_SOURCE_TYPE)))
        return TRUE;
  /* "The Armed Forces of the DRC (FARDC) report that": a body named
   * with its initials after it
   */
  if (!at_end && noun > first + 3 && _diptych_detect_is (ctx, noun - 1, ")") && detect_key (ctx, noun - 2)->all_upper &&
      _diptych_detect_is (ctx, noun - 3, "(") && _diptych_detect_is (ctx, verb + 1, "that"))
    return TRUE;
  if (detect_key (ctx, noun - 1)->all_upper)
    return FALSE;
  w = detect_lower (ctx, noun - 1);
  len = strlen (w);
  if (!(strcmp (w, "police") == 0 || strcmp (w, "media") == 0 || (len > 3 && w[len - 1] == 's' && w[len - 2] != 's')) ||
      detect_in (ctx, noun - 1, LEX_FUNCTION) || detect_in (ctx, noun - 1, LEX_PRONOUN))
    return FALSE;
  /* "…, aid agencies estimate.": after what they report, the subject a
   * few words after a comma and a noun of those who report
   */
  if (at_end)
    {
      if (!names_reporters (ctx, first, noun))
        return FALSE;
      for (guint k = noun - 1; k > first && noun - k <= 3; k--)
        if (is_punct (ctx, k - 1))
          return _diptych_detect_is (ctx, k - 1, ",");
      return FALSE;
    }
  /* "organisations report a higher toll of 52 dead" */
  if (verb + 3 < last && (_diptych_detect_is (ctx, verb + 1, "a") || _diptych_detect_is (ctx, verb + 1, "the")))
    for (guint k = verb + 2; k < last && k < verb + 5 && !is_punct (ctx, k); k++)
      if (_diptych_detect_match (ctx, k, LEX_TOLL, NULL) > 0)
        return TRUE;
  return _diptych_detect_is (ctx, verb + 1, "that") || detect_key (ctx, verb + 1)->digits ||
         detect_key (ctx, verb + 1)->number_word || _diptych_detect_match (ctx, verb + 1, LEX_VAGUE, NULL) > 0 ||
         _diptych_detect_match (ctx, verb + 1, LEX_QUALIFIER, NULL) > 0 ||
         /* "Partners report arbitrary arrests", "partners report
          * overcrowding": a source's noun reports what follows; not
          * "residents report to the camp office"
          */
         (_diptych_detect_is (ctx, verb, "report") && detect_in (ctx, noun - 1, LEX_SOURCE_TYPE) &&
          !is_punct (ctx, verb + 1) && !detect_in (ctx, verb + 1, LEX_FUNCTION) &&
          !_diptych_detect_is (ctx, verb + 1, "to") && !_diptych_detect_is (ctx, verb + 1, "on") &&
          !_diptych_detect_is (ctx, verb + 1, "from") && !_diptych_detect_is (ctx, verb + 1, "back") &&
          !_diptych_detect_is (ctx, verb + 1, "for"));
}

/* The noun of a count of violent events at @k: "42 drone strikes". */
static gboolean
counts_violence (DetectContext *ctx,
                 guint          k)
{
  return _diptych_detect_is (ctx, k, "attacks") || _diptych_detect_is (ctx, k, "strikes") ||
         _diptych_detect_is (ctx, k, "airstrikes") || _diptych_detect_is (ctx, k, "incidents") ||
         _diptych_detect_is (ctx, k, "violations") || _diptych_detect_is (ctx, k, "raids") ||
         _diptych_detect_is (ctx, k, "bombings") || _diptych_detect_is (ctx, k, "clashes");
}

/* "recorded roughly 9,400 deaths", "counted at least 1,400 detentions",
 * "has recorded the deaths of 312": a number and an outcome in the
 * clause after the verb at @verb, or a number of violent events ("has
 * recorded 48 attacks on health care"); not "counted the trucks",
 * "recorded the attack that killed 12", "recorded 1,800 cholera cases".
 */
static gboolean
counts_casualties (DetectContext *ctx,
                   guint          verb,
                   guint          last)
{
  gboolean number = FALSE, outcome = FALSE;

  for (guint k = verb + 1; k < last && k < verb + 9; k++)
    {
      /* "ACLED has recorded 42 drone strikes", "WHO has recorded 48
       * attacks on health care": a monitor's count of violent events
       */
      if (number && !outcome && counts_violence (ctx, k))
        return TRUE;
      /* "counted at least 20 land and environmental defenders killed":
       * the words of the figure's noun
       */
      if (number && !outcome && (_diptych_detect_is (ctx, k, "and") || _diptych_detect_is (ctx, k, "or")) &&
          k + 1 < last && !detect_in (ctx, k + 1, LEX_FUNCTION) && !is_punct (ctx, k + 1) &&
          !detect_key (ctx, k + 1)->quantity)
        continue;
      /* "counted 260 families who fled": the outcome in a relative
       * clause on the figure's noun
       */
      if (number && !outcome && is_relative (ctx, k) && !is_boundary (ctx, k))
        {
          guint v = k + 1;

          while (v < last && v < k + 4 && detect_in (ctx, v, LEX_AUXILIARY))
            v++;
          return v < last && _diptych_detect_match (ctx, v, LEX_OUTCOME, NULL) > 0;
        }
      /* not "more than": a qualifier's */
      if (is_boundary (ctx, k) || is_relative (ctx, k) ||
          (detect_in (ctx, k, LEX_CLAUSE) &&
           !(_diptych_detect_is (ctx, k, "than") && _diptych_detect_match (ctx, k - 1, LEX_QUALIFIER, NULL) > 0)))
        break;
      number |= detect_key (ctx, k)->digits || detect_key (ctx, k)->number_word ||
                _diptych_detect_match (ctx, k, LEX_VAGUE, NULL) > 0;
      outcome |= _diptych_detect_match (ctx, k, LEX_OUTCOME, NULL) > 0;
    }
  return number && outcome;
}

/* Whether "according to" follows @verb in its sentence */
static gboolean
according_to_after (DetectContext *ctx,
                    guint          verb,
                    guint          last)
{
  for (guint k = verb + 1; k + 1 < last; k++)
    if (_diptych_detect_is (ctx, k, "according") && _diptych_detect_is (ctx, k + 1, "to"))
      return TRUE;
  return FALSE;
}

/* "called the bombing “a massacre”", "called it a “flagrant
 * violation”": the verb at @verb names its object with a quote a few
 * words on; not "a village called “Hope”", "called for “calm”".
 */
static gboolean
calls_quote (DetectContext *ctx,
             guint          verb,
             guint          last)
{
  /* "called that claim “a lie”", "called these figures “false”": a
   * determiner, not a clause
   */
  gboolean determiner = verb + 2 < last &&
                        (_diptych_detect_is (ctx, verb + 1, "that") || _diptych_detect_is (ctx, verb + 1, "this") ||
                         _diptych_detect_is (ctx, verb + 1, "these") || _diptych_detect_is (ctx, verb + 1, "those")) &&
                        !detect_in (ctx, verb + 2, LEX_FUNCTION) && !is_punct (ctx, verb + 2) &&
                        !detect_key (ctx, verb + 2)->quantity;

  if (verb + 1 >= last || _diptych_detect_is_quote (ctx, verb + 1) ||
      (detect_in (ctx, verb + 1, LEX_FUNCTION) && !determiner) ||
      _diptych_detect_is (ctx, verb + 1, "off") || _diptych_detect_is (ctx, verb + 1, "up") ||
      _diptych_detect_is (ctx, verb + 1, "out"))
    return FALSE;
  for (guint k = verb + 2; k < last && k < verb + 7; k++)
    {
      /* not "a group called the “Saints”" */
      if (_diptych_detect_is_quote (ctx, k))
        return k > verb + 2 || !(_diptych_detect_is (ctx, verb + 1, "the") || _diptych_detect_is (ctx, verb + 1, "a") ||
                                 _diptych_detect_is (ctx, verb + 1, "an"));
      if (is_boundary (ctx, k) || is_relative (ctx, k) || detect_in (ctx, k, LEX_CLAUSE))
        return FALSE;
    }
  return FALSE;
}

/* "Radio Quilca quoted a survivor, Marina Huamán, as saying": whom the
 * verb at @verb quotes, with a name in commas after it, when "as" and a
 * verb in -ing follow; not "quoted him as saying", "quoted the report".
 */
static void
quoted_speaker (DetectContext *ctx,
                guint          verb,
                guint          last,
                guint          sentence)
{
  guint s = verb + 1, e, k;

  if (s >= last || is_pronoun (ctx, s))
    return;
  e = k = phrase_after (ctx, s, last);
  if (k + 1 < last && _diptych_detect_is (ctx, k, ","))
    {
      guint n;

      for (n = k + 1; n < last && n < k + 6 && (detect_key (ctx, n)->upper || is_abbreviation_point (ctx, n)); n++)
        ;
      if (n == k + 1 || n >= last || !_diptych_detect_is (ctx, n, ","))
        return;
      e = n;
      k = n + 1;
    }
  if (k + 1 < last && _diptych_detect_is (ctx, k, "as") && detect_ends_with (ctx, k + 1, "ing"))
    add_source (ctx, s, e, sentence, last, FALSE);
}

/* Whether tokens @s..@e hold a name or a source's noun. */
static gboolean
names_source (DetectContext *ctx,
              guint          s,
              guint          e)
{
  for (guint k = s; k < e; k++)
    if (detect_in (ctx, k, LEX_SOURCE_TYPE) || detect_in (ctx, k, LEX_GROUP) ||
        (detect_key (ctx, k)->upper && !detect_in (ctx, k, LEX_MONTH)))
      return TRUE;
  return FALSE;
}

/* Whether the words from @i, after the "and" that ends a cited source
 * (or a comma in a list of them, when @listed), name a second one, which
 * ends at *@end: "and a rescue worker", "and
 * the Red Crescent", "and hospital officials"; not "and some 600 fled",
 * "and the death toll rose".
 */
static gboolean
second_source (DetectContext *ctx,
               guint          i,
               guint          last,
               gboolean       listed,
               guint         *end)
{
  guint e, n = i;

  /* "and two other witnesses", "and two lawyers": how many, then who */
  if (detect_key (ctx, n)->number_word && !detect_key (ctx, n)->upper && n + 2 < last)
    {
      n++;
      if (_diptych_detect_is (ctx, n, "other") || _diptych_detect_is (ctx, n, "more"))
        n++;
      /* … past a word that says what kind: "and two security sources" */
      if (!(detect_in (ctx, n, LEX_SOURCE_TYPE) || source_noun (ctx, n) == SOURCE_NOUN_PERSON ||
            (n + 1 < last && !detect_in (ctx, n, LEX_FUNCTION) && !is_punct (ctx, n) &&
             (detect_in (ctx, n + 1, LEX_SOURCE_TYPE) || source_noun (ctx, n + 1) == SOURCE_NOUN_PERSON))))
        return FALSE;
    }
  if (is_pronoun (ctx, n) || detect_in (ctx, n, LEX_MONTH) ||
      !(detect_key (ctx, n)->upper || detect_in (ctx, n, LEX_SOURCE_TYPE) || _diptych_detect_is (ctx, n, "the") ||
        _diptych_detect_is_article (ctx, i) ||
        /* "and medics", "and local authorities", "and civil society
         * sources", "and local medics"
         */
        source_noun (ctx, i) == SOURCE_NOUN_PERSON ||
        (i + 1 < last && !detect_in (ctx, i, LEX_FUNCTION) && !is_punct (ctx, i) &&
         (detect_in (ctx, i + 1, LEX_SOURCE_TYPE) || source_noun (ctx, i + 1) == SOURCE_NOUN_PERSON ||
          (i + 2 < last && !detect_in (ctx, i + 1, LEX_FUNCTION) && !is_punct (ctx, i + 1) &&
           detect_in (ctx, i + 2, LEX_SOURCE_TYPE))))))
    return FALSE;
  e = phrase_after (ctx, i, last);
  /* "according to survivors and relatives interviewed in Bangladesh":
   * the name ends at a participle that says how they were heard
   */
  for (guint k = i + 1; k < e; k++)
    if (!detect_key (ctx, k)->upper && detect_ends_with (ctx, k, "ed") &&
        !detect_in (ctx, k, LEX_OUTCOME) && (detect_in (ctx, k - 1, LEX_SOURCE_TYPE) || passed_on_by (ctx, k, last)))
      {
        e = k;
        break;
      }
  if (e <= i || acts (ctx, i, e) ||
      !(e >= last || is_boundary (ctx, e) || _diptych_detect_is (ctx, e, ".") ||
        detect_ends_with (ctx, e, "ed") ||
        /* "and relatives of the victims who crossed into Mizoram" */
        _diptych_detect_is (ctx, e, "who") ||
        /* "and IOM's Displacement Tracking Matrix (DTM) on 12 and 13 July" */
        (_diptych_detect_is (ctx, e, "on") && e + 1 < last && detect_key (ctx, e + 1)->digits) ||
        /* a list's next: "relatives, rights groups and a doctor" */
        (listed && _diptych_detect_is (ctx, e, "and"))) ||
      !names_source (ctx, i, e))
    return FALSE;
  *end = e;
  return TRUE;
}

/* Where the sources listed after the cited one ending at @e end, once
 * each is added: ", rights groups and a doctor in the city", ", MSF, and
 * the Red Cross"; @e if the words after it are no such list, which ends
 * in "and" and a last source.
 */
static guint
listed_sources (DetectContext *ctx,
                guint          e,
                guint          sentence,
                guint          last)
{
  guint starts[4], ends[4], count = 0, k = e, n;
  gboolean aside = FALSE;

  while (count < G_N_ELEMENTS (starts) && k + 2 < last && _diptych_detect_is (ctx, k, ",") &&
         !_diptych_detect_is (ctx, k + 1, "and"))
    {
      /* "the Ministry of Information, Culture and Tourism": one name */
      if (detect_key (ctx, k - 1)->upper && detect_key (ctx, k + 1)->upper)
        return e;
      if (!second_source (ctx, k + 1, last, TRUE, &n) || n >= last)
        return e;
      /* "according to ACLED, a conflict monitor, and aid groups": the
       * first after a name may say what it is
       */
      if (k == e && detect_key (ctx, k - 1)->upper && _diptych_detect_is (ctx, k + 1, "a"))
        aside = TRUE;
      else
        {
          starts[count] = k + 1;
          ends[count++] = n;
        }
      k = n;
    }
  if (count == 0 && !aside)
    return e;
  if (_diptych_detect_is (ctx, k, ",") && k + 1 < last)
    k++;
  if (!(_diptych_detect_is (ctx, k, "and") && k + 1 < last && second_source (ctx, k + 1, last, FALSE, &n)))
    return e;
  for (guint c = 0; c < count; c++)
    add_source (ctx, starts[c], ends[c], sentence, last, FALSE);
  add_source (ctx, k + 1, n, sentence, last, FALSE);
  return n;
}

/* "the organisation was able to record the names of 87", "Reuters
 * could confirm", "has been able to independently verify": a verb of
 * checking at @verb after "able to", "managed to" or "could", or a
 * headline's "Police confirm 9 killed", whose
 * subject ends before *@aux; not "could not verify", "was not able to",
 * "was unable to".
 */
static gboolean
able_to_report (DetectContext *ctx,
                guint          first,
                guint          verb,
                guint         *aux)
{
  guint k = verb;

  if (source_verb (ctx, verb) != SOURCE_VERB_CHECK || detect_key (ctx, verb)->upper)
    return FALSE;
  /* a headline's present: "Pemba unrest: Police confirm six dead, 29
   * held", "Police confirm 9 killed"
   */
  if (k > first && k + 1 < ctx->n_tokens && !detect_line_before (ctx, k + 1) && _diptych_detect_is (ctx, k, "confirm") &&
      detect_key (ctx, k + 1)->quantity &&
      (detect_in (ctx, k - 1, LEX_SOURCE_TYPE) || detect_in (ctx, k - 1, LEX_GROUP)))
    {
      *aux = k;
      return TRUE;
    }
  if (k > first && _diptych_detect_is (ctx, k - 1, "independently"))
    k--;
  if (k > first + 1 && _diptych_detect_is (ctx, k - 1, "could"))
    {
      *aux = k - 1;
      return TRUE;
    }
  if (k < first + 3 || !_diptych_detect_is (ctx, k - 1, "to"))
    return FALSE;
  if (_diptych_detect_is (ctx, k - 2, "managed"))
    {
      *aux = k - 2;
      return TRUE;
    }
  if (!_diptych_detect_is (ctx, k - 2, "able") ||
      !(_diptych_detect_is (ctx, k - 3, "was") || _diptych_detect_is (ctx, k - 3, "were") ||
        _diptych_detect_is (ctx, k - 3, "is") || _diptych_detect_is (ctx, k - 3, "are") ||
        _diptych_detect_is (ctx, k - 3, "been")))
    return FALSE;
  *aux = k - 3;
  return TRUE;
}

/* Whether a source of @sentence is found already. */
static gboolean
cites_before (DetectContext *ctx,
              guint          sentence)
{
  return ctx->sources->len > 0 &&
         g_array_index (ctx->sources, DetectItem, ctx->sources->len - 1).sentence == sentence;
}

/* "Hezbollah mourned three of its fighters in a brief statement", "The
 * group denied involvement in a post on Facebook": the sentence's
 * subject, when the statement at the "in" at @in is its only source and
 * is in its clause.
 */
static void
statement_subject (DetectContext *ctx,
                   guint          first,
                   guint          in,
                   guint          last,
                   guint          sentence)
{
  gboolean found = FALSE;
  guint s, e, k;
  gint source;

  if (in + 2 >= last ||
      !(_diptych_detect_is_article (ctx, in + 1) ||
        _diptych_detect_is (ctx, in + 1, "its") || _diptych_detect_is (ctx, in + 1, "their")))
    return;
  for (k = in + 2; k < last && k < in + 5 && !found && !is_boundary (ctx, k); k++)
    found = source_noun (ctx, k) == SOURCE_NOUN_STATEMENT;
  if (!found)
    return;
  /* a source of the sentence's own ("the army said in a statement") */
  if (cites_before (ctx, sentence))
    return;
  if (!coordinated_subject (ctx, first, in, &s, &e) || in - e > 12 || acts (ctx, s, e))
    return;
  for (k = e; k < in; k++)
    if (is_boundary (ctx, k) || is_relative (ctx, k) || detect_in (ctx, k, LEX_CLAUSE))
      return;
  if ((source = add_source (ctx, s, e, sentence, last, FALSE)) >= 0)
    add_claim (ctx, e, in, source);
}

/* A word that joins two clauses of equal rank: "… killed, while the
 * rebels said …", "…; the army said …"
 */
static gboolean
joins_clauses (DetectContext *ctx,
               guint          i)
{
  return _diptych_detect_is (ctx, i, "while") || _diptych_detect_is (ctx, i, "whereas") ||
         _diptych_detect_is (ctx, i, "but") || _diptych_detect_is (ctx, i, "and") ||
         _diptych_detect_is (ctx, i, "though") || _diptych_detect_is (ctx, i, "although") ||
         _diptych_detect_is (ctx, i, "yet") || _diptych_detect_is (ctx, i, ";");
}

/* The claims of a sentence from @claims_from on, each ended where a
 * second attribution joined to it begins: "Armenia said 49 soldiers were
 * killed, while Azerbaijan said 50 had died" is two claims, each with
 * its own figure. A source reported inside the claim ("said witnesses
 * had seen 12 bodies") is part of it.
 */
static void
end_coordinated_claims (DetectContext *ctx,
                        guint          sources_from,
                        guint          claims_from)
{
  for (guint c = claims_from; c < ctx->claims->len; c++)
    {
      DetectItem *claim = &g_array_index (ctx->claims, DetectItem, c);

      for (guint n = claims_from; n < ctx->claims->len; n++)
        {
          const DetectItem *next = &g_array_index (ctx->claims, DetectItem, n);
          const DetectItem *source;
          guint end;

          if (next->source < (gint)sources_from || next->source == claim->source)
            continue;
          source = &g_array_index (ctx->sources, DetectItem, next->source);
          if (!(claim->first < source->first && source->first < claim->last &&
                source->last <= next->first))
            continue;
          end = source->first;
          if (end == 0 || !joins_clauses (ctx, end - 1))
            continue;
          end--;
          while (end > claim->first && is_punct (ctx, end - 1) && !_diptych_detect_is_quote (ctx, end - 1))
            end--;
          if (end >= claim->first + 3)
            claim->last = end;
        }
    }
}

/* Whether the verb @i admits people to hospital: "Hospitals have
 * admitted 4,000 patients", "admitted to hospital", "the 30 patients
 * admitted overnight", "The clinic admits dozens"; but "The ministry
 * admits 14 people were killed" admits a clause.
 */
static gboolean
admits_patients (DetectContext *ctx,
                 guint          first,
                 guint          i,
                 guint          last)
{
  if (!_diptych_detect_is (ctx, i, "admitted") && !_diptych_detect_is (ctx, i, "admits") &&
      !_diptych_detect_is (ctx, i, "admit"))
    return FALSE;
  /* "37 wounded people admitted"; not "officials admitted that" */
  if (i > first && detect_in (ctx, i - 1, LEX_GROUP) && !detect_in (ctx, i - 1, LEX_SOURCE_TYPE))
    return TRUE;
  if (i + 1 >= last)
    return FALSE;
  if (_diptych_detect_is (ctx, i + 1, "to") || _diptych_detect_is (ctx, i + 1, "into"))
    return TRUE;
  if (!detect_key (ctx, i + 1)->quantity && _diptych_detect_match (ctx, i + 1, LEX_QUALIFIER, NULL) == 0)
    return FALSE;
  /* the count's verb: "14 people were killed", "12 had died" */
  for (guint k = i + 2; k < last && k < i + 7; k++)
    {
      if (is_boundary (ctx, k) || is_relative (ctx, k) || _diptych_detect_is (ctx, k, "and"))
        break;
      if (detect_in (ctx, k, LEX_AUXILIARY))
        {
          while (k + 1 < last && detect_in (ctx, k + 1, LEX_AUXILIARY))
            k++;
          return _diptych_detect_match (ctx, k + 1, LEX_OUTCOME, NULL) == 0;
        }
    }
  return TRUE;
}


/* Whether the words from @i, after an owner's "'s", name a count someone
 * made ("count", "tally", "estimate", "figure", maybe after "own"), not
 * the owner's dead ("losses", "toll").
 */
static gboolean
counted_by (DetectContext *ctx,
            guint          i,
            guint          last)
{
  if (i + 1 < last && _diptych_detect_is (ctx, i, "own"))
    i++;
  return i < last &&
         (_diptych_detect_is (ctx, i, "count") || _diptych_detect_is (ctx, i, "tally") ||
          _diptych_detect_is (ctx, i, "estimate") || _diptych_detect_is (ctx, i, "estimates") ||
          _diptych_detect_is (ctx, i, "figure") || _diptych_detect_is (ctx, i, "figures") ||
          _diptych_detect_is (ctx, i, "reckoning") || _diptych_detect_is (ctx, i, "records"));
}

/* Whether the possessive at @i names a time or a place: "the day's",
 * "last week's", "Sunday's", "the town's", "the district's".
 */
static gboolean
names_a_time_or_place (DetectContext *ctx,
                       guint          i)
{
  static const char * const times[] = {
    "day", "week", "night", "month", "year", "weekend", "morning", "evening", "today", "yesterday",
    "town", "village", "city", "district", "block", "province", "region", "county", "municipality",
    "neighbourhood", "neighborhood", "camp", "area", "regency",
  };
  const char *w = detect_lower (ctx, i);

  if (is_day (ctx, i))
    return TRUE;
  for (guint t = 0; t < G_N_ELEMENTS (times); t++)
    {
      gsize n = strlen (times[t]);

      if (strncmp (w, times[t], n) == 0 && (w[n] == '\0' || w[n] == '\'' || (guchar)w[n] == 0xE2))
        return TRUE;
    }
  return FALSE;
}

/* Whether the words from @i, up to six, proclaim a winner: "the
 * incumbent the winner", "President Bright Chaponda winner".
 */
static gboolean
declares_winner (DetectContext *ctx,
                 guint          i,
                 guint          last)
{
  for (guint k = i; k < last && k < i + 6 && !is_punct (ctx, k); k++)
    if (_diptych_detect_is (ctx, k, "winner") || _diptych_detect_is (ctx, k, "victor"))
      return TRUE;
  return FALSE;
}

/* Whether the words from @i name a virtue someone showed, within two
 * words: "showed maximum restraint", "show great courage".
 */
static gboolean
shows_virtue (DetectContext *ctx,
              guint          i,
              guint          last)
{
  static const char * const virtues[] = {
    "restraint", "courage", "bravery", "professionalism", "solidarity", "resolve", "mercy",
    "compassion", "discipline", "leniency",
  };

  for (guint k = i; k < last && k < i + 2; k++)
    for (guint v = 0; v < G_N_ELEMENTS (virtues); v++)
      if (_diptych_detect_is (ctx, k, virtues[v]))
        return TRUE;
  return FALSE;
}

/* Whether the subject ending at @e saw what the verb @i says it saw:
 * "An AFP photographer saw six bodies", "Residents witnessed"; not "The
 * town saw 12 people killed", "Sunday saw 40 deaths".
 */
static gboolean
can_witness (DetectContext *ctx,
             guint          i,
             guint          e)
{
  if (!_diptych_detect_is (ctx, i, "saw") && !_diptych_detect_is (ctx, i, "witnessed"))
    return TRUE;
  return detect_in (ctx, e - 1, LEX_SOURCE_TYPE) || detect_in (ctx, e - 1, LEX_GROUP) ||
         source_noun (ctx, e - 1) == SOURCE_NOUN_PERSON;
}

/* Where the subject starts after "Speaking to AMAP," from @i: past the
 * comma that ends the opening participle's words; 0 when the subject is
 * a pronoun or no comma comes.
 */
static guint
speaker_after_speaking (DetectContext *ctx,
                        guint          i,
                        guint          last)
{
  for (guint k = i; k + 1 < last && k < i + 10; k++)
    if (_diptych_detect_is (ctx, k, ","))
      return is_pronoun (ctx, k + 1) || personal_pronoun (ctx, k + 1) ? 0 : k + 1;
  return 0;
}

/* Where the verb of the subject that ends at @e is, right after it or
 * after its asides in commas, when it says what the subject did and is no
 * verb of saying, which the verbs' own rules read: "welcomed",
 * "commended"; not "…, KCPN researchers documented", a list, nor "…, the
 * provincial capital, he said". Else 0.
 */
static guint
verb_after_speaker (DetectContext *ctx,
                    guint          e,
                    guint          last)
{
  /* … past asides of names and ages: "the village chief of Kokry,
   * Bakary Diarra, 71, welcomed"
   */
  for (guint asides = 0; asides < 3 && e < last && _diptych_detect_is (ctx, e, ","); asides++)
    {
      guint k;
      gboolean named = TRUE;

      for (k = e + 1; k < last && k < e + 10 && !_diptych_detect_is (ctx, k, ","); k++)
        named = named && (detect_key (ctx, k)->upper || detect_key (ctx, k)->quantity || is_abbreviation_point (ctx, k));
      if (!(k < last && _diptych_detect_is (ctx, k, ",") && named))
        break;
      e = k;
    }
  if (e < last && _diptych_detect_is (ctx, e, ","))
    e++;
  if (e < last && !detect_key (ctx, e)->upper && !is_punct (ctx, e) && !detect_key (ctx, e)->quantity &&
      !detect_key (ctx, e)->reports && !detect_in (ctx, e, LEX_FUNCTION) && !is_pronoun (ctx, e) &&
      !personal_pronoun (ctx, e))
    return e;
  return 0;
}

/* "Speaking to AMAP, the Governor of the Ménaka Region welcomed the
 * operation", "Speaking to KNA in Mangai on Saturday, Deputy County
 * Commissioner Hussein Abdi commended the officers and said": who spoke
 * to the press, whatever the verb, when no rule of the sentence's verbs
 * has read the subject.
 */
static void
speaking_to (DetectContext *ctx,
             guint          sentence)
{
  const DetectSentence *sent = &g_array_index (ctx->sentences, DetectSentence, sentence);
  guint first = sent->first, last = sent->last, s, e;

  if (first + 2 >= last || !_diptych_detect_is (ctx, first, "speaking") ||
      !(_diptych_detect_is (ctx, first + 1, "to") || _diptych_detect_is (ctx, first + 1, "with")) ||
      (s = speaker_after_speaking (ctx, first + 2, last)) == 0 || (e = phrase_after (ctx, s, last)) <= s)
    return;
  /* the phrase ends at a verb in the past: "the commissioner welcomed" */
  for (guint k = s + 1; k < e; k++)
    if (!detect_key (ctx, k)->upper && detect_ends_with (ctx, k, "ed") && !detect_in (ctx, k, LEX_GROUP) &&
        !_diptych_detect_is_article (ctx, k - 1) && !_diptych_detect_is (ctx, k - 1, "the"))
      {
        e = k;
        break;
      }
  if (verb_after_speaker (ctx, e, last) == 0 || overlaps_source (ctx, s, e, sentence))
    return;
  add_source (ctx, s, e, sentence, last, FALSE);
}

static void
detect_in_sentence (DetectContext *ctx,
                    guint          sentence)
{
  const DetectSentence *sent = &g_array_index (ctx->sentences, DetectSentence, sentence);
  guint first = sent->first, last = sent->last;
  guint sources_from = ctx->sources->len, claims_from = ctx->claims->len;

  for (guint i = first; i < last; i++)
    {
      guint n, s, e;
      gint source;
      gboolean after_break = FALSE, conditional = is_conditional_verb (ctx, i);

      if (!detect_key (ctx, i)->reports && !conditional)
        {
          if ((detect_lower (ctx, i)[0] == ':' ||
               ((guchar)detect_lower (ctx, i)[0] == 0xE2 && _diptych_detect_is (ctx, i, "\xE2\x80\x94"))) &&
              headline_source (ctx, first, i, last) &&
              !overlaps_source (ctx, i + 1, last, sentence) &&
              (source = add_source (ctx, i + 1, last, sentence, last, FALSE)) >= 0)
            add_claim (ctx, first, i, source);
          else if (detect_lower (ctx, i)[0] == ':' && source_before_headline (ctx, first, i, last) &&
                   !overlaps_source (ctx, first, i, sentence) &&
                   (source = add_source (ctx, first, i, sentence, last, FALSE)) >= 0)
            add_claim (ctx, i + 1, last, source);
          else if (detect_lower (ctx, i)[0] == 'i' && _diptych_detect_is (ctx, i, "in"))
            statement_subject (ctx, first, i, last, sentence);
          /* "Residents tell a different story", "gave a grimmer picture":
           * the account they give is told in the sentences after
           */
          else if (i >= first + 4 && _diptych_detect_is (ctx, i - 2, "a") &&
                   (n = tells_other_account (ctx, first, i)) > 0 && subject_before (ctx, first, n, &s, &e, &after_break) &&
                   !overlaps_source (ctx, s, e, sentence))
            add_source (ctx, s, e, sentence, last, FALSE);
          else if (source_verb (ctx, i) == SOURCE_VERB_CHECK && able_to_report (ctx, first, i, &n) &&
                   subject_before (ctx, first, n, &s, &e, &after_break) &&
                   !overlaps_source (ctx, s, e, sentence) &&
                   (source = add_source (ctx, s, e, sentence, last, FALSE)) >= 0)
            claim_after (ctx, i, last, source);
          continue;
        }
      /* "approximately 2,100 people reported missing", "nine soldiers
       * were reported killed": the reported, not who reports them
       */
      /* … not "residents reported killings", "reported losing 16 men" */
      if (i + 1 < last && detect_lower (ctx, i)[0] == 'r' && _diptych_detect_is (ctx, i, "reported") &&
          _diptych_detect_match (ctx, i + 1, LEX_OUTCOME, NULL) > 0 && !detect_key (ctx, i + 1)->upper &&
          (detect_ends_with (ctx, i + 1, "ed") || _diptych_detect_is (ctx, i + 1, "missing") ||
           _diptych_detect_is (ctx, i + 1, "dead") || _diptych_detect_is (ctx, i + 1, "hurt")))
        continue;
      /* "This was reported on Telegram by the Head of …" */
      if ((n = agent_after (ctx, i, last)) > 0)
        {
          e = phrase_after (ctx, n, last);
          if (e > n && !overlaps_source (ctx, n, e, sentence))
            add_source (ctx, n, e, sentence, last, FALSE);
          continue;
        }
      /* "according to X", "citing X", "a statement carried by X" */
      if ((n = _diptych_detect_match (ctx, i, LEX_ATTRIBUTION, NULL)) > 0 &&
          !(n == 1 && _diptych_detect_is (ctx, i, "cited") && !(i > first && is_relative (ctx, i - 1))) &&
          !(n == 1 && detect_lower (ctx, i)[0] == 'p' && _diptych_detect_is (ctx, i, "per") &&
            !per_source (ctx, first, i, last)))
        {
          /* "which cited X", "figures cited by X"; "X cited security
           * concerns" cites no one
           */
          guint j = i + n;

          /* "sought a report from the Inspector General": asked of him,
           * not cited
           */
          if (i > first + 1 && (_diptych_detect_is_article (ctx, i) || _diptych_detect_is (ctx, i, "a")) &&
              (_diptych_detect_is (ctx, i - 1, "sought") || _diptych_detect_is (ctx, i - 1, "requested") ||
               _diptych_detect_is (ctx, i - 1, "demanded") || _diptych_detect_is (ctx, i - 1, "ordered")))
            continue;
          while (j < last && _diptych_detect_is_quote (ctx, j))
            j++;
          /* "This update is issued by the Office of the UN Resident
           * Coordinator": who publishes the document, which tells the
           * figures itself (64 unlabelled of 65)
           */
          if (_diptych_detect_is (ctx, j - 1, "by") && i > first + 1 && detect_in (ctx, i - 1, LEX_AUXILIARY) &&
              i - 2 >= first && (source_noun (ctx, i - 2) == SOURCE_NOUN_STATEMENT ||
                                 _diptych_detect_is (ctx, i - 2, "update")))
            continue;
          /* "had not been identified by Monday evening": when, not who */
          if (_diptych_detect_is (ctx, j - 1, "by") && j < last && (is_day (ctx, j) || detect_in (ctx, j, LEX_TIME)))
            continue;
          /* "shared by two families": who, but no source */
          if (_diptych_detect_is (ctx, j - 1, "by") && j < last &&
              (detect_key (ctx, j)->digits || detect_key (ctx, j)->number_word))
            continue;
          /* "carried by boat to the hospital": how, not who */
          if (_diptych_detect_is (ctx, j - 1, "by") && j + 1 < last && !detect_key (ctx, j)->upper &&
              !detect_in (ctx, j, LEX_SOURCE_TYPE) && !detect_in (ctx, j, LEX_FUNCTION) &&
              detect_in (ctx, j + 1, LEX_FUNCTION))
            continue;
          e = phrase_after (ctx, j, last);
          /* "according to the district administrator, Abdirashid Ahmed
           * Nur, who said": the name after the title is the source's too
           */
          if (j < last && !detect_key (ctx, j)->upper)
            e = name_after_title (ctx, e, last);
          /* "according to a local health worker interviewed by the SRO":
           * the one whose words they are
           */
          for (guint k = j + 1; k + 1 < e; k++)
            if (passed_on_by (ctx, k, e))
              {
                e = k;
                break;
              }
          /* "a report from the area", "reports from the ground", "through
           * its streets" name no one
           */
          if ((_diptych_detect_is (ctx, j - 1, "from") || _diptych_detect_is (ctx, j - 1, "its")) &&
              !names_source (ctx, j, e))
            continue;
          /* "buried according to Islamic rites", "according to plan" */
          if (e > j && follows_rule (ctx, e - 1))
            continue;
          /* "claims by some media outlets that …"; not "Such claims by the
           * army often cannot be verified", which cites nothing
           */
          if ((_diptych_detect_is (ctx, i, "claims") || _diptych_detect_is (ctx, i, "allegations") ||
               _diptych_detect_is (ctx, i, "accusations") || _diptych_detect_is (ctx, i + 1, "claim")) &&
              !(e < last && (_diptych_detect_is (ctx, e, "that") || source_verb (ctx, e) == SOURCE_VERB_PARTICIPLE)))
            continue;
          source = add_source (ctx, j, e, sentence, last, FALSE);
          /* "according to relatives, rights groups and a doctor": a list; not
           * "According to OHCHR, RSF fighters rounded up …"
           */
          if (source >= 0 && i > first + 1)
            e = listed_sources (ctx, e, sentence, last);
          /* "according to a local resistance group and a rescue worker":
           * a second source after "and"
           */
          if (source >= 0 && e + 1 < last && _diptych_detect_is (ctx, e, "and") && !one_body (ctx, first, e + 1) &&
              second_source (ctx, e + 1, last, FALSE, &n))
            {
              add_source (ctx, e + 1, n, sentence, last, FALSE);
              e = n;
            }
          if (source >= 0 && (_diptych_detect_is (ctx, i, "according")))
            {
              if (i == first || (i > first && _diptych_detect_is_quote (ctx, first) && i == first + 1))
                add_claim (ctx, e, last, source);
              else
                add_claim (ctx, first, i, source);
            }
          i = MAX (i, e) - 1 + (e > i ? 0 : 1);
          continue;
        }

      /* "the ministry's count of 34", "the ministry’s figure of 63", "the
       * military's public figure"
       */
      if (detect_key (ctx, i)->possessive && i + 1 < last &&
          (_diptych_detect_match (ctx, i + 1, LEX_TOLL, NULL) > 0 ||
           (i + 2 < last && !is_punct (ctx, i + 1) && !detect_in (ctx, i + 1, LEX_FUNCTION) &&
            !detect_key (ctx, i + 1)->quantity && _diptych_detect_match (ctx, i + 2, LEX_TOLL, NULL) > 0)) &&
          /* … not "the day's toll", "the town's toll": when or where,
           * not whose
           */
          !names_a_time_or_place (ctx, i) &&
          /* … nor a force's own dead: "the army's losses", "bringing the
           * army's toll to five"; but "by the army's count", "the army's
           * figure"
           */
          !(detect_in (ctx, i, LEX_SOURCE_TYPE) && !counted_by (ctx, i + 1, last)))
        {
          const DetectToken *token = detect_token (ctx, i);
          const char *apostrophe = g_utf8_find_prev_char (ctx->contents + token->byte_start,
                                                          ctx->contents + token->byte_end - 1);
          guint k = i;

          /* "the ministry's", "Sudan's health ministry's", "The U.N.
           * refugee agency's": back to the article or a capital
           */
          while (k > first && i - k < 6 && (!is_punct (ctx, k - 1) || is_abbreviation_point (ctx, k - 1)))
            {
              if (_diptych_detect_is (ctx, k - 1, "the"))
                {
                  k--;
                  break;
                }
              if (!detect_key (ctx, k - 1)->upper &&
                  (detect_in (ctx, k - 1, LEX_FUNCTION) || detect_in (ctx, k - 1, LEX_CLAUSE) ||
                   !lower_run_to_the (ctx, first, k - 1)))
                break;
              k--;
            }
          if (k < i && (_diptych_detect_is (ctx, k, "the") || detect_key (ctx, k)->upper) &&
              !overlaps_source (ctx, k, i + 1, sentence))
            {
              source = add_source (ctx, k, i + 1, sentence, last, TRUE);
              if (source >= 0)
                {
                  DetectItem *item = &g_array_index (ctx->sources, DetectItem, source);

                  item->byte_start = detect_token (ctx, k)->byte_start;
                  item->byte_end = apostrophe - ctx->contents;
                }
            }
          continue;
        }

      if ((!conditional && !detect_in (ctx, i, LEX_REPORTING) && !is_toll_verb (ctx, i, last)) ||
          detect_key (ctx, i)->upper)
        continue;
      /* "Early reports from the area", "estimates by aid groups",
       * "claims of victory": a noun; not "warns of"
       */
      if (i + 1 < last &&
          (_diptych_detect_is (ctx, i, "reports") || _diptych_detect_is (ctx, i, "claims") ||
           _diptych_detect_is (ctx, i, "estimates")) &&
          (_diptych_detect_is (ctx, i + 1, "from") || _diptych_detect_is (ctx, i + 1, "by") ||
           _diptych_detect_is (ctx, i + 1, "of")))
        continue;
      if (claims_lives (ctx, i, last))
        continue;
      /* "calls on the governments to deny the junta access": an
       * infinitive reports nothing
       */
      if (i > first && _diptych_detect_is (ctx, i - 1, "to") &&
          /* … not "Residents I spoke to believe" */
          !(i > first + 1 && _diptych_detect_is (ctx, i - 2, "spoke")))
        continue;
      /* "in Katsina, Zamfara and Sokoto states", "ASEAN member states",
       * "Gulf states": a noun after names, where a report would be "the
       * report states"
       */
      if (i > first + 1 && _diptych_detect_is (ctx, i, "states") &&
          (_diptych_detect_is (ctx, i - 1, "member") || detect_key (ctx, i - 1)->upper ||
           /* "parts of two neighboring states", "several other states" */
           detect_key (ctx, i - 1)->quantity || detect_ends_with (ctx, i - 1, "ing") ||
           _diptych_detect_is (ctx, i - 1, "other") || _diptych_detect_is (ctx, i - 1, "several")))
        continue;
      /* "Chiapas, long one of Mexico's calmer states", "one of the five
       * most violent states": one of many, a noun
       */
      if (_diptych_detect_is (ctx, i, "states") && one_of_before (ctx, first, i))
        continue;
      /* "Nigeria's central states have for years been hit": a noun before
       * its own verb
       */
      if (_diptych_detect_is (ctx, i, "states") && i + 1 < last && detect_in (ctx, i + 1, LEX_AUXILIARY))
        continue;
      /* "212 reported fatalities": an adjective after a number */
      if (i > first && i + 1 < last && (detect_key (ctx, i - 1)->digits || detect_key (ctx, i - 1)->number_word) &&
          detect_ends_with (ctx, i, "ed") && !is_punct (ctx, i + 1) && !detect_in (ctx, i + 1, LEX_FUNCTION))
        continue;
      /* "three men accused of theft": a passive participle; the verb
       * that reports takes its object first ("accused the army of")
       */
      if (i + 1 < last && _diptych_detect_is (ctx, i, "accused") && _diptych_detect_is (ctx, i + 1, "of"))
        continue;
      /* "the attackers, estimated at about 40,": a participle; not
       * "…, estimated at least 40"
       */
      if (i > first && _diptych_detect_is (ctx, i - 1, ",") && _diptych_detect_is (ctx, i, "estimated") &&
          i + 2 < last && _diptych_detect_is (ctx, i + 1, "at") && !_diptych_detect_is (ctx, i + 2, "least") &&
          !_diptych_detect_is (ctx, i + 2, "most"))
        continue;
      /* "with an estimated 5,800 members", "the reported toll": an
       * adjective; "in disputes over land": a noun after a preposition
       */
      if (i > first && (_diptych_detect_is_article (ctx, i - 1) ||
                        _diptych_detect_is (ctx, i - 1, "the") ||
                        ((_diptych_detect_is (ctx, i - 1, "in") || _diptych_detect_is (ctx, i - 1, "amid") ||
                          _diptych_detect_is (ctx, i - 1, "over")) &&
                         detect_ends_with (ctx, i, "s"))))
        continue;
      /* "The authorities only show up when the cameras are here" */
      /* … "Our gallant officers showed maximum restraint": a virtue
       * shown, not a fact
       */
      if (i + 1 < last &&
          (_diptych_detect_is (ctx, i, "show") || _diptych_detect_is (ctx, i, "shows") ||
           _diptych_detect_is (ctx, i, "showed")) &&
          (_diptych_detect_is (ctx, i + 1, "up") || shows_virtue (ctx, i + 1, last)))
        continue;
      /* "the electoral commission declared the incumbent the winner": a
       * result proclaimed, not a fact reported (9 unlabelled of 10)
       */
      if ((_diptych_detect_is (ctx, i, "declared") || _diptych_detect_is (ctx, i, "declares")) &&
          declares_winner (ctx, i + 1, last))
        continue;
      /* "a long-standing dispute", "a UN estimate": a noun, where a verb
       * of "a …" would end in -s or be past ("said", "told", "added")
       */
      if (i > first + 1 && _diptych_detect_is_article (ctx, i - 2) && !detect_in (ctx, i - 1, LEX_FUNCTION) &&
          !detect_ends_with (ctx, i, "s") && !detect_ends_with (ctx, i, "d"))
        continue;
      /* "called the bombing “a massacre”", and "a figure the army called
       * “pure propaganda”"; the government "considers" a figure an
       * undercount only there
       */
      if (detect_lower (ctx, i)[0] == 'c' &&
          ((_diptych_detect_is (ctx, i, "called") && !calls_quote (ctx, i, last)) ||
           /* "CJN calls on the governments to …": an appeal */
           (_diptych_detect_is (ctx, i, "calls") && _diptych_detect_is (ctx, i + 1, "on")) ||
           _diptych_detect_is (ctx, i, "considers") || _diptych_detect_is (ctx, i, "considered")) &&
          after_disputed (ctx, first, i) == 0)
        continue;
      if (counting_verb (ctx, i) && !counts_casualties (ctx, i, last) && !partners_before (ctx, first, i))
        continue;
      /* "El Oro province recorded 398 homicides": where they happened;
       * and "Ecuador recorded more than 7,000 violent deaths in 2023,
       * according to the government": who counted comes after
       */
      if (counting_verb (ctx, i) && i > first &&
          ((detect_in (ctx, i - 1, LEX_PLACE) && !detect_key (ctx, i - 1)->upper) || according_to_after (ctx, i, last)))
        continue;
      if (source_verb (ctx, i) == SOURCE_VERB_QUOTE && !next_to_quote (ctx, first, i, last))
        continue;
      if (detect_lower (ctx, i)[0] == 'r' && _diptych_detect_is (ctx, i, "received") && !receives_reports (ctx, i, last))
        continue;
      if ((_diptych_detect_is (ctx, i, "named") || _diptych_detect_is (ctx, i, "identified")) &&
          !names_the_dead (ctx, i, last) && !(_diptych_detect_is (ctx, i, "identified") && partners_before (ctx, first, i)))
        continue;
      /* "had spoken of dozens of civilian deaths"; not "who spoke on
       * condition of anonymity", "spoke to reporters"
       */
      if ((_diptych_detect_is (ctx, i, "spoke") || _diptych_detect_is (ctx, i, "spoken")) &&
          !(i + 1 < last && _diptych_detect_is (ctx, i + 1, "of")))
        continue;
      if ((_diptych_detect_is (ctx, i, "report") || _diptych_detect_is (ctx, i, "estimate")) &&
          !plural_reports (ctx, first, i, last))
        continue;
      /* "the villagers tell me", "officials tell AFP": told to the writer
       * or an outlet; not the "Families tell us" an aid worker quotes,
       * nor "cannot tell"
       */
      if (detect_lower (ctx, i)[0] == 't' && _diptych_detect_is (ctx, i, "tell") &&
          !(i + 1 < last && (_diptych_detect_is (ctx, i + 1, "me") || detect_key (ctx, i + 1)->upper)))
        continue;
      /* "Land disputes have killed hundreds": a noun, whose verb follows;
       * … or a preposition: "Land disputes on the island", "The boundary
       * dispute between Tajumulco and Ixchiguán"
       */
      if ((_diptych_detect_is (ctx, i, "disputes") || _diptych_detect_is (ctx, i, "claims") ||
           _diptych_detect_is (ctx, i, "dispute")) && i + 1 < last &&
          (detect_in (ctx, i + 1, LEX_AUXILIARY) || _diptych_detect_match (ctx, i + 1, LEX_OUTCOME, NULL) > 0 ||
           _diptych_detect_is (ctx, i + 1, "between") || _diptych_detect_is (ctx, i + 1, "on") ||
           _diptych_detect_is (ctx, i + 1, "over") || _diptych_detect_is (ctx, i + 1, "in") ||
           _diptych_detect_is (ctx, i + 1, "with") ||
           /* … "Land disputes and sectarian clashes" */
           (_diptych_detect_is (ctx, i + 1, "and") && i + 2 < last && !detect_key (ctx, i + 2)->reports &&
            !detect_in (ctx, i + 2, LEX_SOURCE_VERB))))
        continue;
      /* "the mayor's office was reporting 49 deaths"; not "Additional
       * reporting by", "reporting restrictions", "was reporting from Kabul"
       */
      if (detect_lower (ctx, i)[0] == 'r' && _diptych_detect_is (ctx, i, "reporting"))
        {
          if (i > first + 1 && i + 1 < last && !_diptych_detect_is (ctx, i + 1, "from") &&
              !_diptych_detect_is (ctx, i + 1, "on") && !_diptych_detect_is (ctx, i + 1, "in") &&
              !_diptych_detect_is (ctx, i + 1, "at") && !_diptych_detect_is (ctx, i + 1, "for") &&
              (_diptych_detect_is (ctx, i - 1, "was") || _diptych_detect_is (ctx, i - 1, "were") ||
               _diptych_detect_is (ctx, i - 1, "is") || _diptych_detect_is (ctx, i - 1, "are") ||
               _diptych_detect_is (ctx, i - 1, "been")) &&
              subject_before (ctx, first, i - 1, &s, &e, &after_break) && !overlaps_source (ctx, s, e, sentence) &&
              (source = add_source (ctx, s, e, sentence, last, FALSE)) >= 0)
            claim_after (ctx, i, last, source);
          continue;
        }
      /* "Radio Quilca quoted a survivor as saying"; "as quoted by", "was
       * quoted" are no verb of their subject
       */
      if (detect_lower (ctx, i)[0] == 'q' && _diptych_detect_is (ctx, i, "quoted"))
        {
          /* "The minister was quoted as saying", "was quoted by the
           * state news agency as saying"
           */
          for (n = i + 1; n + 1 < last && n < i + 10 && !_diptych_detect_is (ctx, n, "as") && !is_boundary (ctx, n); n++)
            ;
          if (i > first + 1 && is_verb_like (ctx, i - 1) && n + 1 < last && _diptych_detect_is (ctx, n, "as") &&
              (n == i + 1 || _diptych_detect_is (ctx, i + 1, "by")) &&
              detect_ends_with (ctx, n + 1, "ing") &&
              subject_before (ctx, first, i - 1, &s, &e, &after_break) && !overlaps_source (ctx, s, e, sentence) &&
              (source = add_source (ctx, s, e, sentence, last, FALSE)) >= 0)
            claim_after (ctx, n + 1, last, source);
          /* "A CODECO spokesperson quoted by Radio Okapi", "quoted by
           * local media": the outlet too
           */
          if (i + 2 < last && _diptych_detect_is (ctx, i + 1, "by") &&
              (detect_key (ctx, i + 2)->upper ||
               (i + 3 < last && detect_in (ctx, i + 3, LEX_SOURCE_TYPE) && !detect_key (ctx, i + 2)->quantity) ||
               /* … "quoted by the local newspaper Frontera Hoy", "by the
                * state news agency TASS", "by the Interfax news agency"
                */
               (_diptych_detect_is (ctx, i + 2, "the") && outlet_named_after (ctx, i + 3, last))) &&
              (e = phrase_after (ctx, i + 2, last)) > i + 2 && !overlaps_source (ctx, i + 2, e, sentence))
            add_source (ctx, i + 2, e, sentence, last, FALSE);
          /* … but "Local media have quoted a group of comuneros as
           * saying": the perfect, active
           */
          if ((i + 1 < last && _diptych_detect_is (ctx, i + 1, "by")) ||
              (i > first && ((is_verb_like (ctx, i - 1) && !_diptych_detect_is (ctx, i - 1, "have") &&
                              !_diptych_detect_is (ctx, i - 1, "has") && !_diptych_detect_is (ctx, i - 1, "had")) ||
                             _diptych_detect_is (ctx, i - 1, "as") || _diptych_detect_is (ctx, i - 1, "being"))))
            continue;
          quoted_speaker (ctx, i, last, sentence);
        }
      /* "the commission concluded in 1999 that …", "…, the court found.",
       * "“…,” stressed the minister"; not "talks concluded", "rescuers
       * found 12 bodies"
       */
      if (needs_clause (ctx, i) && !clause_follows (ctx, first, i, last) && !(i > first && _diptych_detect_is_quote (ctx, i - 1)))
        continue;
      /* "Iraq declared victory over IS", "the government declared an
       * “internal armed conflict”": an act, not a report; but "declared
       * that", "declared 12 people dead"
       */
      if (detect_lower (ctx, i)[0] == 'd' && (_diptych_detect_is (ctx, i, "declared") || _diptych_detect_is (ctx, i, "declares")) &&
          i + 1 < last &&
          (_diptych_detect_is_article (ctx, i + 1) || _diptych_detect_is (ctx, i + 1, "victory") ||
           _diptych_detect_is (ctx, i + 1, "war") || _diptych_detect_is (ctx, i + 1, "independence") ||
           _diptych_detect_is (ctx, i + 1, "martial") || _diptych_detect_is (ctx, i + 1, "curfews")))
        continue;
      /* "The government announced compensation of 25,000 taka", "the
       * city declared three days of mourning": an act the verb makes
       * known, not a report (no source in 10 of the 15 such sentences the
       * label sets hold)
       */
      if ((_diptych_detect_is (ctx, i, "announced") || _diptych_detect_is (ctx, i, "declared") ||
           _diptych_detect_is (ctx, i, "announces") || _diptych_detect_is (ctx, i, "declares")) &&
          announces_act (ctx, i, last))
        continue;
      /* "armed men attributed to the CODECO militia attacked": a
       * participle of whose they are; not "police attributed the attack
       * to the militia"
       */
      if (detect_lower (ctx, i)[0] == 'a' && _diptych_detect_is (ctx, i, "attributed") && i + 1 < last &&
          _diptych_detect_is (ctx, i + 1, "to"))
        continue;
      /* "a wave of attacks blamed on dissident rebels": a participle,
       * the attacks blamed, not who blames
       */
      if (detect_lower (ctx, i)[0] == 'b' && _diptych_detect_is (ctx, i, "blamed") && i + 1 < last &&
          _diptych_detect_is (ctx, i + 1, "on") && i > first && !detect_in (ctx, i - 1, LEX_AUXILIARY) &&
          detect_ends_with (ctx, i - 1, "s") && !detect_in (ctx, i - 1, LEX_SOURCE_TYPE) &&
          source_noun (ctx, i - 1) != SOURCE_NOUN_PERSON)
        continue;
      /* "before the soldiers told us to leave", "told residents to stay
       * indoors": an order, not a report
       */
      if (detect_lower (ctx, i)[0] == 't' && (_diptych_detect_is (ctx, i, "told") || _diptych_detect_is (ctx, i, "tell") ||
                                             _diptych_detect_is (ctx, i, "tells")))
        {
          guint k;

          for (k = i + 1; k < last && k < i + 4 && !is_punct (ctx, k) && !_diptych_detect_is (ctx, k, "to") &&
                          !detect_in (ctx, k, LEX_CLAUSE);
               k++)
            ;
          if (k > i + 1 && k + 1 < last && _diptych_detect_is (ctx, k, "to") && !detect_key (ctx, k + 1)->upper &&
              !detect_key (ctx, k + 1)->quantity && !detect_in (ctx, k + 1, LEX_FUNCTION) && !is_punct (ctx, k + 1))
            continue;
        }
      /* "insisted on a ceasefire", "the two sides argue over the border" */
      if ((detect_starts_with (ctx, i, "insist") || detect_starts_with (ctx, i, "argu")) &&
          i + 1 < last &&
          (_diptych_detect_is (ctx, i + 1, "on") || _diptych_detect_is (ctx, i + 1, "over") ||
           _diptych_detect_is (ctx, i + 1, "about") || _diptych_detect_is (ctx, i + 1, "for") ||
           _diptych_detect_is (ctx, i + 1, "against") || _diptych_detect_is (ctx, i + 1, "with")))
        continue;
      /* "The ministry sent two letters to the Council, saying …",
       * "Colombia's president suspended talks, accusing …": the
       * sentence's subject; "a statement saying" names no one, and "the
       * union said, adding" no one new
       */
      if (detect_ends_with (ctx, i, "ing"))
        {
          /* "with Yerevan saying 11 of its troops had been killed": the
           * words after "with" say it
           */
          for (s = i; s > first && i - s < 6 && !_diptych_detect_is (ctx, s - 1, "with") && !is_boundary (ctx, s - 1); s--)
            ;
          if (s > first && s < i && _diptych_detect_is (ctx, s - 1, "with") &&
              (detect_key (ctx, s)->upper || detect_in (ctx, i - 1, LEX_SOURCE_TYPE)) && is_named (ctx, s, i) > 0 &&
              !overlaps_source (ctx, s, i, sentence) && (source = add_source (ctx, s, i, sentence, last, FALSE)) >= 0)
            {
              claim_after (ctx, i, last, source);
              continue;
            }
          if (i > first && _diptych_detect_is (ctx, i - 1, ",") &&
              (_diptych_detect_is (ctx, i, "saying") || !cites_before (ctx, sentence)) &&
              coordinated_subject (ctx, first, i - 1, &s, &e) &&
              !overlaps_source (ctx, s, e, sentence) && !acts (ctx, s, e) &&
              (source = add_source (ctx, s, e, sentence, last, FALSE)) >= 0)
            claim_after (ctx, i, last, source);
          continue;
        }
      /* "said Tolera Bekele, a 38-year-old teacher, who said at least 30
       * young men had been abducted": the source before the aside says
       * it again
       */
      if (i >= first + 4 && i + 1 < last && _diptych_detect_is (ctx, i - 1, "who") && _diptych_detect_is (ctx, i - 2, ",") &&
          (source = source_before_aside (ctx, first, i - 2)) >= 0)
        {
          claim_after (ctx, i, last, source);
          continue;
        }
      /* "The attack was claimed by JNIM, which said its fighters had
       * killed …": the name before the relative said it; not "Kosovo,
       * which declared independence", nor the place of someone's aside
       * ("said Abu Ali, a PMF commander in western Nineveh, who said")
       */
      if (i >= first + 3 && i + 1 < last && is_relative (ctx, i - 1) && _diptych_detect_is (ctx, i - 2, ",") &&
          clause_starts (ctx, i + 1) && (s = name_start (ctx, first, i - 2)) < i - 2 &&
          !overlaps_source (ctx, s, i - 2, sentence) &&
          !(_diptych_detect_is (ctx, i - 1, "who") && s > first + 1 && place_before (ctx, first, s)) &&
          (source = add_source (ctx, s, i - 2, sentence, last, FALSE)) >= 0)
        {
          claim_after (ctx, i, last, source);
          continue;
        }
      /* "an army statement that said", "the head of the city military
       * administration, who said": the phrase before the relative, when
       * a source's noun ends it; not "The government, which declared an
       * emergency"
       */
      if (i >= first + 3 && i + 1 < last &&
          (is_relative (ctx, i - 1) || (_diptych_detect_is (ctx, i - 1, "that") && !_diptych_detect_is (ctx, i - 2, ","))) &&
          ((clause_starts (ctx, i + 1) && !_diptych_detect_is_article (ctx, i + 1)) ||
           _diptych_detect_is (ctx, i, "said") || _diptych_detect_is (ctx, i, "says")))
        {
          e = _diptych_detect_is (ctx, i - 2, ",") ? i - 2 : i - 1;
          s = noun_phrase_start (ctx, first, e);
          if (s < e - 1 && !detect_key (ctx, e - 1)->upper &&
              (detect_in (ctx, e - 1, LEX_SOURCE_TYPE) || source_noun (ctx, e - 1) == SOURCE_NOUN_STATEMENT ||
               source_noun (ctx, e - 1) == SOURCE_NOUN_PERSON) &&
              !overlaps_source (ctx, s, e, sentence) &&
              (source = add_source (ctx, s, e, sentence, last, FALSE)) >= 0)
            {
              claim_after (ctx, i, last, source);
              continue;
            }
        }
      if (admits_patients (ctx, first, i, last))
        continue;
      /* "a province of 1.7 million people claimed by both Baghdad and
       * Erbil": a passive participle, whose subject says nothing
       */
      if (i + 1 < last && _diptych_detect_is (ctx, i + 1, "by") && detect_ends_with (ctx, i, "ed"))
        continue;

      if (!inverted_source (ctx, first, i, last) &&
          (subject_before (ctx, first, i, &s, &e, &after_break) ||
           ((n = past_relative (ctx, first, i)) != i && subject_before (ctx, first, n, &s, &e, &after_break))))
        {
          gboolean at_end;
          guint c;

          /* "a report by an exile media outlet which claimed" */
          n = _diptych_detect_match (ctx, s, LEX_ATTRIBUTION, NULL);
          if (n > 0 && s + n < e)
            s += n;
          /* … "A tally by the regional daily Correio do Norte puts",
           * "A tally by the local newspaper puts": whose tally it is
           */
          else if (s + 3 < e && (_diptych_detect_is_article (ctx, s) || _diptych_detect_is (ctx, s, "the")) &&
                   _diptych_detect_match (ctx, s + 1, LEX_TOLL, NULL) == 1 && _diptych_detect_is (ctx, s + 2, "by"))
            s += 3;
          else if (s + 1 < e && _diptych_detect_is (ctx, s, "by"))
            s++;
          if (overlaps_source (ctx, s, e, sentence) || !can_witness (ctx, i, e))
            continue;
          /* "police and hospital officials said": two sources */
          if (s > first + 1 && _diptych_detect_is (ctx, s - 1, "and") &&
              !one_body (ctx, first, s) &&
              (c = phrase_start (ctx, first, s - 1)) < s - 1 && is_named (ctx, c, s - 1) > 0 &&
              !acts (ctx, c, s - 1))
            add_source (ctx, c, s - 1, sentence, last, FALSE);
          source = add_source (ctx, s, e, sentence, last, FALSE);
          if (source < 0)
            continue;

          /* ", the team said." / "…,” Yusuf warned." */
          at_end = s > first && (_diptych_detect_is (ctx, s - 1, ",") || _diptych_detect_is_quote (ctx, s - 1)) &&
                   phrase_after (ctx, i + 1, last) >= last - 1;
          if (s > first && _diptych_detect_is_quote (ctx, s - 1))
            at_end = TRUE;
          /* not "As of 17 February, the administration has registered
           * 3,412 displaced persons": what it counted comes after
           */
          if ((at_end || (s > first && _diptych_detect_is (ctx, s - 1, ",") && last - i < 8)) &&
              !(counting_verb (ctx, i) && i + 1 < last && detect_key (ctx, i + 1)->quantity))
            claim_before (ctx, first, s, source);
          else
            claim_after (ctx, i, last, source);
        }
      /* after "told" comes who heard it: "told BBC Pashto" */
      else if ((inverted_source (ctx, first, i, last) || after_break) && i + 1 < last &&
               !_diptych_detect_is (ctx, i, "told") &&
               /* not what the verb reports: "…, documented the killing of
                * 12 civilians in Bamunka"
                */
               !(_diptych_detect_is (ctx, i + 1, "the") && i + 2 < last &&
                 (detect_in (ctx, i + 2, LEX_OUTCOME) || source_noun (ctx, i + 2) == SOURCE_NOUN_EVENT ||
                  /* "…, put the toll at 12 dead": a toll, not who tells */
                  _diptych_detect_match (ctx, i + 2, LEX_TOLL, NULL) > 0 ||
                  (i + 3 < last && _diptych_detect_match (ctx, i + 3, LEX_TOLL, NULL) > 0))) &&
               (detect_key (ctx, i + 1)->upper || _diptych_detect_is (ctx, i + 1, "the") ||
                _diptych_detect_is (ctx, i + 1, "one") || _diptych_detect_is (ctx, i + 1, "some") ||
                _diptych_detect_is (ctx, i + 1, "another") ||
                indefinite_source (ctx, i + 1, last) || titled_name (ctx, i + 1, last) ||
                counted_tellers (ctx, i + 1, last) ||
                /* "…,” said its coordinator, Espoir Ntawiha" */
                is_possessed_title (ctx, i + 1, last) ||
                /* "…,” said a food vendor": right after a quote, whoever
                 * the verb names spoke it
                 */
                (i > first && _diptych_detect_is_quote (ctx, i - 1) &&
                 (_diptych_detect_is_article (ctx, i + 1)))) &&
               (!is_pronoun (ctx, i + 1) ||
                /* "…,” said one man, who …", "said one SER nurse" */
                names_someone (ctx, i + 2, last) || is_possessed_title (ctx, i + 1, last)) &&
               (!detect_in (ctx, i + 1, LEX_MONTH) || month_named (ctx, i + 1, last)))
        {
          guint named;

          /* "…,” said Dr Amina Yusuf, FMA’s medical coordinator" */
          e = phrase_after (ctx, i + 1, last);
          /* "said the mayor of Vizcatán del Ene, Hilario Mendoza, who":
           * the name after the title is the source's too
           */
          named = detect_key (ctx, i + 1)->upper ? e : name_after_title (ctx, e, last);
          source = add_source (ctx, i + 1, named, sentence, last, FALSE);
          if (source < 0 && named > e)
            source = add_source (ctx, i + 1, e, sentence, last, FALSE);
          if (source >= 0)
            claim_before (ctx, first, i, source);
        }
    }
  speaking_to (ctx, sentence);
  end_coordinated_claims (ctx, sources_from, claims_from);
}

void
_diptych_detect_sources (DetectContext *ctx)
{
  for (guint s = 0; s < ctx->sentences->len; s++)
    detect_in_sentence (ctx, s);
}
