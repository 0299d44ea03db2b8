using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using FluentValidation;
using Xunit;

using static Counselling.Core.Tests.Objectives.ObjectiveExamples;

namespace Counselling.Core.Tests.Objectives;

/// <summary>The SMART validator as an <see cref="IValidator{T}"/> inside a host's own FluentValidation pipeline.</summary>
public sealed class SmartObjectivePipelineTests
{
    [Fact]
    public void AsAChildValidator_ItReportsTheSmartFailures_WithCodesReasonsAndTheCataloguesMessages()
    {
        var form = new ObjectiveFormValidator(Validator());

        var result = form.Validate(new ObjectiveForm("Sabrina", Vague()));

        Assert.Equal(
            [ObjectiveCodes.NoIndicator, ObjectiveCodes.NoSteps, ObjectiveCodes.NoRealism, ObjectiveCodes.NoDeadline],
            result.Errors.Select(e => e.ErrorCode));
        Assert.All(result.Errors, e => Assert.IsType<Reason>(e.CustomState));
        Assert.All(result.Errors, e => Assert.Equal(((Reason)e.CustomState).Describe(CultureInfo.CurrentUICulture), e.ErrorMessage));
        Assert.Contains(result.Errors, e => e.PropertyName == "Objective.Deadline");
    }

    [Fact]
    public void AsAnIValidator_ItAgreesWithTheLetterByLetterReading()
    {
        IValidator<SmartObjective> smart = Validator();
        var objective = SoundEngineerAspiration();

        var pipeline = smart.Validate(objective);
        var letters = Validator().Validate(objective);

        Assert.Equal(letters.Failures.Select(f => f.Code).Order(), pipeline.Errors.Select(e => e.ErrorCode).Order());
        Assert.True(smart.CanValidateInstancesOfType(typeof(SmartObjective)));
        Assert.NotNull(smart.CreateDescriptor());
    }

    [Fact]
    public async Task AProgrammesWindow_TravelsInTheRootData()
    {
        IValidator<SmartObjective> smart = Validator();
        var context = new ValidationContext<SmartObjective>(SoundEngineerAspiration());
        context.RootContextData[SmartObjectiveValidator.ProgrammeWindowKey] = TwelveMonths;

        var withWindow = await smart.ValidateAsync(context, TestContext.Current.CancellationToken);
        var without = smart.Validate(SoundEngineerAspiration());

        Assert.Contains(withWindow.Errors, e => e.ErrorCode == ObjectiveCodes.BeyondProgrammeLimit);
        Assert.DoesNotContain(without.Errors, e => e.ErrorCode == ObjectiveCodes.BeyondProgrammeLimit);
    }

    private sealed record ObjectiveForm(string FirstName, SmartObjective Objective);

    private sealed class ObjectiveFormValidator : AbstractValidator<ObjectiveForm>
    {
        public ObjectiveFormValidator(IValidator<SmartObjective> smart)
        {
            RuleFor(f => f.FirstName).NotEmpty();
            RuleFor(f => f.Objective).SetValidator(smart);
        }
    }
}
