using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Problems;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Diagnostics;

/// <summary>Maps the parser's problems to DocGen diagnostics.</summary>
public static class ProblemDiagnostics
{
    /// <summary>The descriptor of every problem code, in the codes' order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        ((ProblemCode[])Enum.GetValues(typeof(ProblemCode))).Select(For).Distinct().ToArray();

    public static DiagnosticDescriptor For(ProblemCode code) => code switch
    {
        ProblemCode.NotArchiveFormat => DiagnosticDescriptors.NotArchiveFormat,
        ProblemCode.EmptyDocument => DiagnosticDescriptors.EmptyDocument,
        ProblemCode.MissingTitle => DiagnosticDescriptors.MissingTitle,
        ProblemCode.MissingDate => DiagnosticDescriptors.MissingDate,
        ProblemCode.UnparseableDate => DiagnosticDescriptors.UnparseableDate,
        ProblemCode.MissingCitation => DiagnosticDescriptors.MissingCitation,
        ProblemCode.MissingUrl => DiagnosticDescriptors.MissingUrl,
        ProblemCode.EmptySection => DiagnosticDescriptors.EmptySection,
        ProblemCode.DuplicateSection => DiagnosticDescriptors.DuplicateSection,
        ProblemCode.UnknownSection => DiagnosticDescriptors.UnknownSection,
        ProblemCode.FileTooLarge => DiagnosticDescriptors.FileTooLarge,
        ProblemCode.InvalidUrl => DiagnosticDescriptors.InvalidUrl,
        ProblemCode.IdMismatch => DiagnosticDescriptors.IdMismatch,
        ProblemCode.CitationDateMismatch => DiagnosticDescriptors.CitationDateMismatch,
        ProblemCode.CitationTitleMismatch => DiagnosticDescriptors.CitationTitleMismatch,
        ProblemCode.UnknownLanguage => DiagnosticDescriptors.UnknownLanguage,
        ProblemCode.NotAShelfmark => DiagnosticDescriptors.NotAShelfmark,
        ProblemCode.ReversedRange => DiagnosticDescriptors.ReversedRange,
        ProblemCode.InvisibleCharacter => DiagnosticDescriptors.InvisibleCharacter,
        ProblemCode.UnclosedBold => DiagnosticDescriptors.UnclosedBold,
        ProblemCode.MalformedXml => DiagnosticDescriptors.MalformedXml,
        ProblemCode.DtdProhibited => DiagnosticDescriptors.DtdProhibited,
        ProblemCode.NoDocuments => DiagnosticDescriptors.NoDocuments,
        ProblemCode.DuplicateDocumentId => DiagnosticDescriptors.DuplicateDocumentId,
        ProblemCode.DateOutsideCoverage => DiagnosticDescriptors.DateOutsideCoverage,
        ProblemCode.NoReader => DiagnosticDescriptors.NoReader,
        ProblemCode.MissingHeading => DiagnosticDescriptors.MissingHeading,
        ProblemCode.UnreadableDateAttribute => DiagnosticDescriptors.UnreadableDateAttribute,
        ProblemCode.BrokenReference => DiagnosticDescriptors.BrokenReference,
        ProblemCode.DuplicateAuthorityId => DiagnosticDescriptors.DuplicateAuthorityId,
        ProblemCode.EmptyAuthorityName => DiagnosticDescriptors.EmptyAuthorityName,
        ProblemCode.UnknownSeeTarget => DiagnosticDescriptors.UnknownSeeTarget,
        ProblemCode.MalformedPeopleLine => DiagnosticDescriptors.MalformedPeopleLine,
        ProblemCode.DuplicatePersonId => DiagnosticDescriptors.DuplicatePersonId,
        ProblemCode.PeopleClaimTaken => DiagnosticDescriptors.PeopleClaimTaken,
        _ => DiagnosticDescriptors.InternalError,
    };

    public static DiagnosticInfo ToInfo(ParseProblem problem, string path, string? projectDirectory)
    {
        var arguments = problem.Code switch
        {
            ProblemCode.NotArchiveFormat => new[] { System.IO.Path.GetFileName(path), ExcludeAdvice.For(path, projectDirectory) },
            ProblemCode.EmptyDocument => new[] { System.IO.Path.GetFileName(path) },
            _ => problem.Arguments.ToArray(),
        };
        return DiagnosticInfo.Create(For(problem.Code).Id, path, problem.Span, arguments);
    }
}
